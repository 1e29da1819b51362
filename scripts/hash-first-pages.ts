/**
 * Writes tests/fixtures/console/first-pages.json: a hash of every page the first mock console drew. Run once,
 * before the network pages; running it again would bless whatever the pages are now.
 *
 *   npx tsx scripts/hash-first-pages.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashFirstPages } from '../tests/unit/support/first-pages';

const out = resolve('tests/fixtures/console/first-pages.json');
writeFileSync(out, `${JSON.stringify(hashFirstPages(), null, 2)}\n`);
console.log(`wrote ${out}`);
