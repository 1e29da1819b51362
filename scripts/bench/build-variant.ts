/**
 * Builds one variant of the extension for the bench into its own folder, so the bench never reads a build
 * that someone else's `wxt build` is rewriting under `.output/chrome-mv3`. Run as a child process (WXT's
 * spinner writes to stdout, and each build gets a clean WXT instance):
 *
 *   tsx scripts/bench/build-variant.ts <production|bench|floor> <out dir>
 *
 * - production: `wxt zip`, the shipped extension and its zip.
 * - bench: the same code built with WXT_PREFLIGHT_BUILD=bench, which keeps the user-timing marks.
 * - floor: scripts/bench/floor alone, a WXT content script on the same pages that does nothing: WXT's own
 *   content-script runtime, the framework's minimum cost. The shipped detector is not a WXT content script
 *   (entrypoints/detector), so on most pages the extension costs less than this floor.
 */
import { resolve } from 'node:path';
import type { InlineConfig } from 'wxt';

export const BUILD_VARIANTS = ['production', 'bench', 'floor'] as const;
export type BuildVariant = (typeof BUILD_VARIANTS)[number];

export function buildConfig(variant: BuildVariant, outDir: string): InlineConfig {
  const config: InlineConfig = { outDir: resolve(outDir), outDirTemplate: 'chrome-mv3', mode: 'production' };
  if (variant === 'floor') config.entrypointsDir = 'scripts/bench/floor';
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
  const { build, prepare, zip } = await import('wxt');
  if (variant === 'production') await zip(config);
  else await build(config);
  // Building from the floor's folder rewrote the project's generated types (.wxt) for that folder.
  if (variant === 'floor') await prepare({});
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-variant.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
