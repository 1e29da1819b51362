import { existsSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import {
  COMPILE_ALL_ON_LOAD,
  CONSOLE_MATCHES,
  DETECTOR_SCRIPT,
  LOADED_WITH_PAGES,
  NOT_CONSOLE_MATCHES,
  ON_DEMAND_MODULES,
  PREFLIGHT_HOST_MATCHES,
  PREFLIGHT_MODULES,
} from './lib/content-scripts';

/**
 * In console pages the polyfill alone cost about 1.7 ms of the 3 ms load budget (npm run bench). The page
 * scripts use only runtime.sendMessage and runtime.onMessage, which are promise-based natively in Chrome
 * MV3 and Firefox, so there `browser` is the browser's own (WXT's default `wxt/browser`). The background,
 * popup and options keep the polyfill: the background answers messages by returning promises, which older
 * Chrome honours only through it.
 */
function nativeBrowserApi(): Plugin {
  return {
    name: 'preflight:native-browser-api',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/** Puts V8's compile hint (lib/content-scripts.ts) first in the built module, after minifying, which drops comments. */
export function compileAllOnLoad(): Plugin {
  return {
    name: 'preflight:compile-all-on-load',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry) output.code = `${COMPILE_ALL_ON_LOAD}\n${output.code}`;
      }
    },
  };
}

const PAGE_SCRIPT_TYPES = new Set(['content-script', 'unlisted-script']);
const COMPILED_WHOLE: readonly string[] = LOADED_WITH_PAGES.map((module) => module.replace(/\.js$/, ''));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
  hooks: {
    // WXT builds each page script on its own (so does the background): the entrypoints say which is which.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.every((entry) => PAGE_SCRIPT_TYPES.has(entry.type))) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserApi()];
        // Every console page loads these: terser's second pass packs them tighter than esbuild does.
        if (viteConfig.build?.minify !== false) {
          viteConfig.build = {
            ...viteConfig.build,
            minify: 'terser',
            terserOptions: {
              ecma: 2020,
              toplevel: true,
              compress: { passes: 3 },
              format: { comments: false },
            },
          };
        }
      }
      if (entrypoints.length === 1 && COMPILED_WHOLE.includes(entrypoints[0]?.name ?? '')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), compileAllOnLoad()];
      }
    },
    // The detector is an unlisted script (entrypoints/), registered here as the content script of every
    // console page. The preflight module is web-accessible to the hosts where the preflight runs, whose
    // documents fetch it for the detector; at its fixed address, because Chrome keeps compiled code by
    // address and a per-session one (use_dynamic_url) would throw it away with every browser session. The
    // modules the preflight imports on demand (the picker, the page report) are web-accessible alike.
    'build:manifestGenerated': (wxt, manifest) => {
      const built = (file: string) => existsSync(join(wxt.config.outDir, file));
      if (![DETECTOR_SCRIPT, ...PREFLIGHT_MODULES].every(built)) return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: CONSOLE_MATCHES, exclude_matches: NOT_CONSOLE_MATCHES, js: [DETECTOR_SCRIPT] },
      ];
      const accessible = (manifest.web_accessible_resources ?? []) as {
        resources: string[];
        matches: string[];
      }[];
      manifest.web_accessible_resources = [
        ...accessible,
        {
          resources: [...PREFLIGHT_MODULES, ...ON_DEMAND_MODULES.filter(built)],
          matches: PREFLIGHT_HOST_MATCHES,
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
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
