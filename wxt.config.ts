import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The scripts that run in console pages: the detector on every load, the preflight where there is work.
const PAGE_SCRIPTS = new Set(['console', 'preflight'].map((name) => JSON.stringify(name)));

/**
 * In console pages the polyfill alone cost about 1.7 ms of the 3 ms load budget (npm run bench). The page
 * scripts use only runtime.sendMessage and runtime.onMessage, which are promise-based natively in Chrome
 * MV3 and Firefox, so there `browser` is the browser's own (WXT's default `wxt/browser`); every other
 * context keeps the polyfill.
 */
function contentScriptWithoutPolyfill(): Plugin {
  let isContentScript = false;
  return {
    name: 'preflight:content-script-without-polyfill',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = PAGE_SCRIPTS.has(config.define?.['import.meta.env.ENTRYPOINT']);
    },
    resolveId(source, importer) {
      if (!isContentScript || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

// JD Cloud console hosts the extension reads; docs/www/marketing hosts are excluded in the content script.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), contentScriptWithoutPolyfill()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the preflight only into console pages that need it.
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: ['https://*.jdcloud.com/*'],
    optional_host_permissions: ['https://*.jdcloud-api.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vpn-preflight@jdcloud-preflight.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
