/**
 * Console page loads, side by side: without the extension, with the floor build (WXT's runtime doing
 * nothing) and with the extension, alternating load by load so a slow spell of the machine hits all three.
 *
 * Each load is a fresh tab, traced from before the navigation: the page loads, then a fixed settle
 * (SETTLE_MS) lets the content script finish (read, report, render the panel: all well under it on a warm
 * service worker) before the metrics are read. Nothing that runs script in the page (locators, evaluate)
 * happens before the metrics, so they count the page and the extension only. Script time comes from the
 * trace (scripts/bench/script-time.ts): CDP's ScriptDuration, kept beside it, does not count script run in
 * an extension's message replies. Durations are thread time of the page's main thread, which another
 * process competing for the CPU does not inflate.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { vpnTunnelCreateUrl } from '../../tests/fixtures/console/shared';
import { longestExtensionTaskMs, pageMainThread, scriptTimeMs, traceWhile } from './script-time';

export const SETTLE_MS = 500;

/** A connection of the bench's scenario (ready), whose add-tunnel route is measured. */
const BENCH_CONNECTION = 'vpnc-r3ad01';

export const BENCH_PAGES = {
  /** A console page that is neither a VPN form nor a VPN page. */
  other: 'https://console.jdcloud.com/overview',
  list: 'https://cns-console.jdcloud.com/host/vpnConnection/list',
  form: 'https://cns-console.jdcloud.com/host/vpnConnection/create',
  /** An account page: the preflight reads it as it loads (the balance), though it is not a VPN form. */
  account: 'https://uc.jdcloud.com/cost/capital/capital-overview',
  /** The add-tunnel form on its route: a form whose readers the preflight imports on demand. */
  tunnel: vpnTunnelCreateUrl(BENCH_CONNECTION),
} as const;
export type BenchPage = keyof typeof BENCH_PAGES;

export const LOAD_VARIANTS = ['without', 'floor', 'extension'] as const;
export type LoadVariant = (typeof LOAD_VARIANTS)[number];

export interface LoadSample {
  /** Main-thread script time, ms, from the load's trace: what the budget holds. */
  scriptMs?: number;
  /** The longest main-thread task that ran the extension's code, wall ms (0: it ran none). */
  longestExtensionTaskMs?: number;
  /** Main-thread script time, ms, as CDP's ScriptDuration counts it (without message-reply callbacks). */
  cdpScriptMs?: number;
  /** Main-thread task time, ms: script plus style, layout, parsing (CDP TaskDuration). */
  taskMs?: number;
  /** JS heap in use after the settle, bytes (CDP JSHeapUsedSize). */
  heapBytes?: number;
  /** The page's own timings: DOMContentLoaded end, load end, first contentful paint (ms from navigation). */
  domContentLoadedMs?: number;
  loadMs?: number;
  firstContentfulPaintMs?: number;
  /** Whether the extension's panel was up when the metrics were read (VPN form, extension variant). */
  panelShown: boolean;
}

function metric(metrics: { name: string; value: number }[], name: string): number | undefined {
  const found = metrics.find((m) => m.name === name)?.value;
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

const seconds = (value: number | undefined) => (value === undefined ? undefined : value * 1000);

/** One load of `url` in a fresh tab of `context`. */
export async function measureLoad(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const { result: metrics, events } = await traceWhile(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      return (await cdp.send('Performance.getMetrics')).metrics;
    });
    const timings = await pageTimings(page);
    await cdp.detach();
    const thread = pageMainThread(events, url);
    return {
      scriptMs: scriptTimeMs(events, thread),
      longestExtensionTaskMs: longestExtensionTaskMs(events, thread),
      cdpScriptMs: seconds(metric(metrics, 'ScriptDuration')),
      taskMs: seconds(metric(metrics, 'TaskDuration')),
      heapBytes: metric(metrics, 'JSHeapUsedSize'),
      ...timings,
    };
  } finally {
    await page.close();
  }
}

// Plain JavaScript: the TypeScript runner would wrap named functions in helpers the page does not have.
const PAGE_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const host = document.querySelector('jdc-preflight-panel');
  const shown = host && host.shadowRoot && host.shadowRoot.querySelector('[data-testid="preflight-panel"][data-readiness]');
  return {
    domContentLoadedMs: nav && nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd : undefined,
    loadMs: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : undefined,
    firstContentfulPaintMs: fcp && fcp.startTime > 0 ? fcp.startTime : undefined,
    panelShown: Boolean(shown),
  };
})()`;

async function pageTimings(
  page: Page,
): Promise<Omit<LoadSample, 'scriptMs' | 'longestExtensionTaskMs' | 'taskMs' | 'heapBytes'>> {
  return page.evaluate(PAGE_TIMINGS) as Promise<
    Omit<LoadSample, 'scriptMs' | 'longestExtensionTaskMs' | 'taskMs' | 'heapBytes'>
  >;
}

export type LoadSamples = Record<BenchPage, Record<LoadVariant, LoadSample[]>>;

export interface LoadRunOptions {
  contexts: Record<LoadVariant, BrowserContext>;
  loads: number;
  warmup: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * `warmup` discarded rounds, then `loads` measured rounds. A round loads every page once in every variant;
 * the variant order rotates from round to round so none always goes first.
 */
export async function measureLoads(options: LoadRunOptions): Promise<LoadSamples> {
  const pages = Object.keys(BENCH_PAGES) as BenchPage[];
  const samples = Object.fromEntries(
    pages.map((page) => [page, { without: [], floor: [], extension: [] }]),
  ) as unknown as LoadSamples;
  const rounds = options.warmup + options.loads;
  const total = rounds * pages.length * LOAD_VARIANTS.length;
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      for (let k = 0; k < LOAD_VARIANTS.length; k++) {
        const variant = LOAD_VARIANTS[(round + k) % LOAD_VARIANTS.length] as LoadVariant;
        const sample = await measureLoad(options.contexts[variant], BENCH_PAGES[page]);
        if (round >= options.warmup) samples[page][variant].push(sample);
        options.onProgress?.(++done, total);
      }
    }
  }
  return samples;
}
