/**
 * Prints one closing line, "N passed, N failed", from the JSON reports vitest and Playwright write under CI.
 * A report that is missing (its step never ran) counts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function vitestCounts(report: unknown): Counts {
  const r = report as { numPassedTests?: number; numFailedTests?: number } | undefined;
  return { passed: r?.numPassedTests ?? 0, failed: r?.numFailedTests ?? 0 };
}

function playwrightCounts(report: unknown): Counts {
  const stats = (report as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined)
    ?.stats;
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}

const unit = vitestCounts(readJson('test-results/vitest.json'));
const e2e = playwrightCounts(readJson('test-results/playwright.json'));
console.log(
  `unit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
