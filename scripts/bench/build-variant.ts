/**
 * Builds one variant of the extension for the bench into its own folder, so the bench never reads a build
 * that someone else's `wxt build` is rewriting under `.output/chrome-mv3`. Run as a child process (WXT's
 * spinner writes to stdout, and each build gets a clean WXT instance):
 *
 *   tsx scripts/bench/build-variant.ts <production|bench|floor> <out dir>
 *
 * - production: `wxt zip`, the shipped extension and its zip.
 * - bench: the same code built with WXT_PREFLIGHT_BUILD=bench, which keeps the user-timing marks.
 * - floor: the content script alone, its `./wake` import swapped for a no-op. What is left is WXT's own
 *   content-script runtime (context, `browser`, main) with the same matches: the framework's minimum cost.
 *   A hand-written manifest with an empty script would leave that runtime out and flatter the extension;
 *   an env check inside main() would not do either, because our modules' top-level code stays in the bundle.
 */
import { resolve } from 'node:path';
import type { InlineConfig } from 'wxt';

export const BUILD_VARIANTS = ['production', 'bench', 'floor'] as const;
export type BuildVariant = (typeof BUILD_VARIANTS)[number];

const FLOOR_MODULE = '\0preflight-floor';

/** Resolves the content script's `./wake` to a module whose wakePreflightWhenNeeded does nothing. */
function floorPlugin() {
  return {
    name: 'preflight-bench-floor',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (source === './wake' && importer?.replaceAll('\\', '/').includes('/console.content/')) {
        return FLOOR_MODULE;
      }
      return null;
    },
    load(id: string) {
      return id === FLOOR_MODULE ? 'export function wakePreflightWhenNeeded() {}' : null;
    },
  };
}

export function buildConfig(variant: BuildVariant, outDir: string): InlineConfig {
  const config: InlineConfig = { outDir: resolve(outDir), outDirTemplate: 'chrome-mv3', mode: 'production' };
  if (variant === 'floor') {
    config.filterEntrypoints = ['console'];
    config.vite = () => ({ plugins: [floorPlugin()] });
  }
  return config;
}

async function main() {
  const [variant, outDir] = process.argv.slice(2);
  if (!BUILD_VARIANTS.includes(variant as BuildVariant) || !outDir) {
    console.error('usage: tsx scripts/bench/build-variant.ts <production|bench|floor> <out dir>');
    process.exit(2);
  }
  if ((variant === 'bench') !== (process.env.WXT_PREFLIGHT_BUILD === 'bench')) {
    console.error(
      'build-variant: WXT_PREFLIGHT_BUILD=bench must be set for the bench build, and only for it',
    );
    process.exit(2);
  }
  const config = buildConfig(variant as BuildVariant, outDir);
  const { build, zip } = await import('wxt');
  if (variant === 'production') await zip(config);
  else await build(config);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-variant.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
