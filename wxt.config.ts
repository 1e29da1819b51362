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

/**
 * Zod 4 compiles a fast object parser with `new Function`, after probing whether eval is allowed. The
 * extension runs it nowhere: this is `z.config({ jitless: true })` made a build-time constant, so the JIT
 * is off before any schema is built, whatever the import order of a bundle, and the minifier drops the
 * probe and the compiler, leaving no eval for a store's review to flag.
 */
export function zodJitless(): Plugin {
  const reads = /\b(?:core\.)?globalConfig\.jitless\b/g;
  let replaced = 0;
  let zodSeen = false;
  return {
    name: 'preflight:zod-jitless',
    enforce: 'pre',
    buildStart() {
      replaced = 0;
      zodSeen = false;
    },
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]/.test(id)) return null;
      zodSeen = true;
      const out = code.replace(reads, () => {
        replaced++;
        return 'true';
      });
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      // A zod update that reads the switch elsewhere must not silently bring the JIT back.
      if (!error && zodSeen && replaced === 0) {
        this.error(
          'zod was bundled but its jitless switch was not found: update zodJitless() in wxt.config.ts',
        );
      }
    },
  };
}

/** The toolbar and manifest icon sizes, all drawn from assets/icon.svg by @wxt-dev/auto-icons. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
const iconFiles = () => Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

/** Generated output kept out of the sources zip for addons.mozilla.org (`.output` and node_modules are WXT's own). */
export const LOCAL_OUTPUT_DIRS = [
  'test-results',
  'playwright-report',
  'demo-output',
  'bench-output',
] as const;

const PAGE_SCRIPT_TYPES = new Set(['content-script', 'unlisted-script']);
const COMPILED_WHOLE: readonly string[] = LOADED_WITH_PAGES.map((module) => module.replace(/\.js$/, ''));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One source image; `npm run dev` builds get it in grey, so a development copy is told apart in the toolbar.
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: 'grayscale', sizes: [...ICON_SIZES] },
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), zodJitless()],
  }),
  zip: {
    // The screenshots are demo output too: the sources zip holds what builds the extension.
    excludeSources: [...LOCAL_OUTPUT_DIRS.map((dir) => `${dir}/**`), 'docs/**/*.png', '**/*.log'],
  },
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
    // The popup's HTML has no <title>: WXT would make it the toolbar title and override this localised one.
    action: { default_title: '__MSG_extName__', default_icon: iconFiles() },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vpn-preflight@jdcloud-preflight.example',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
