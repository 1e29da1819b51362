/**
 * `npm run size`: the size budget of DESIGN.md, checked on a build (sizes are deterministic, unlike timings,
 * so this belongs in `npm test`). Also fails when bench-only instrumentation reached the shipped content
 * script. Reads `.output/chrome-mv3` unless given another built extension folder.
 *
 *   npm run build && npm run size
 *   tsx scripts/check-size.ts .output/bench/production/chrome-mv3
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS } from './bench/budgets';
import { benchInstrumentationIn, carriesPolyfill, entrypointSizes } from './bench/sizes';

const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`size: no built extension at ${dir}; run \`npm run build\` first`);
  process.exit(2);
}

const entrypoints = entrypointSizes(dir);
const failures: string[] = [];
for (const entry of entrypoints) {
  console.log(
    `${entry.name.padEnd(16)} ${String(entry.raw).padStart(8)} B raw ${String(entry.gzip).padStart(8)} B gzip`,
  );
}
const content = entrypoints.find((entry) => entry.name === 'content script');
if (!content) failures.push('no content script in the manifest');
else if (content.gzip > BUDGETS.contentScriptGzip) {
  failures.push(`content script is ${content.gzip} B gzip, over the ${BUDGETS.contentScriptGzip} B budget`);
}
const source = (file: { path: string }) => readFileSync(join(dir, file.path), 'utf8');
for (const file of content?.files ?? []) {
  const found = benchInstrumentationIn(source(file));
  if (found.length > 0) failures.push(`${file.path} carries bench-only instrumentation: ${found.join(', ')}`);
  if (carriesPolyfill(source(file))) failures.push(`${file.path} carries webextension-polyfill`);
}
// The background answers with promises: on older Chrome only the polyfill passes them back.
const background = entrypoints.find((entry) => entry.name === 'background');
if (background && !background.files.some((file) => carriesPolyfill(source(file)))) {
  failures.push('the background lost webextension-polyfill');
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`size: FAIL ${failure}`);
  process.exit(1);
}
console.log(
  `size: page scripts ${content?.gzip} B gzip ≤ ${BUDGETS.contentScriptGzip} B, no bench marks, polyfill only where it belongs: pass`,
);
