/**
 * What a person feels in the console, measured inside the page with user timing:
 * - panel: from the mock console showing the VPN form (`mock:form-shown`, on its route or as a dialog) to
 *   the panel rendered with its checklist (`preflight:panel-rendered`, bench build only);
 * - guard: from the submit click's event time stamp to the guard's decision (`preflight:guard-decision`)
 *   and to its dialog rendered (`preflight:guard-dialog`);
 * - storm: the page appends and removes 10,000 nodes beside the open form, 100 per task, with and without
 *   the extension; script time over the storm comes from a trace (scripts/bench/script-time.ts), task time
 *   from the DevTools Protocol, and the bench build
 *   counts how often the DOM watcher processed a batch (`preflight:dom-batch`) against the frames drawn.
 *
 * In-page code is plain JavaScript in strings: the TypeScript runner would wrap named functions in helpers
 * that do not exist in the page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { BENCH_PAGES } from './measure-loads';
import { scriptTimeMs, timeStampThread, traceWhile } from './script-time';

/** Time a freshly loaded page gets before the person acts: the content script has read and reported. */
const SETTLE_BEFORE_ACTION_MS = 700;
const STORM_BATCHES = 100;
const STORM_BATCH_SIZE = 100;

const PANEL = 'jdc-preflight-panel [data-testid="preflight-panel"][data-readiness]';
const GUARD = 'jdc-preflight-panel [data-testid="preflight-guard"]';

export interface PanelSample {
  mode: 'route' | 'dialog';
  /** The budget figure: form shown → panel rendered with its checklist. */
  shownToPanelMs?: number;
  /** Form shown → the content script found the form root. */
  shownToSeenMs?: number;
  /** Form root found → panel rendered (includes the round trip to the background for the verdict). */
  seenToPanelMs?: number;
}

export interface GuardSample {
  /** The budget figure: the click's time stamp → the guard's decision. */
  decisionMs?: number;
  /** The click's time stamp → the guard dialog rendered. */
  dialogMs?: number;
}

export interface StormSample {
  /** From the first batch to one frame after the last. */
  wallMs?: number;
  /** Main-thread script time (traced) and task time (CDP) over the storm, ms, thread time. */
  scriptMs?: number;
  taskMs?: number;
  frames?: number;
  /** Batches the DOM watcher processed during the storm (bench build only). */
  watcherBatches?: number;
}

const READ_PANEL_MARKS = `(() => {
  const shown = performance.getEntriesByName('mock:form-shown').at(-1);
  if (!shown) return {};
  const after = (name) => performance.getEntriesByName(name).find((entry) => entry.startTime >= shown.startTime);
  const seen = after('preflight:form-seen');
  const panel = after('preflight:panel-rendered');
  return { shown: shown.startTime, seen: seen && seen.startTime, panel: panel && panel.startTime };
})()`;

const READ_GUARD_MEASURES = `(() => {
  const last = (name) => performance.getEntriesByName(name, 'measure').at(-1);
  const decision = last('preflight:guard-decision');
  const dialog = last('preflight:guard-dialog');
  return { decisionMs: decision && decision.duration, dialogMs: dialog && dialog.duration };
})()`;

const STORM_STAMP = 'bench:storm';

const STORM = `new Promise((resolve) => {
  console.timeStamp('${STORM_STAMP}');
  const root = document.getElementById('app') || document.body;
  const host = document.createElement('div');
  host.setAttribute('data-bench-storm', '');
  root.appendChild(host);
  let frames = 0;
  let counting = true;
  const tick = () => { if (counting) { frames++; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  const started = performance.now();
  let batch = 0;
  let previous = [];
  const step = () => {
    for (const node of previous) node.remove();
    previous = [];
    if (batch < ${STORM_BATCHES}) {
      for (let i = 0; i < ${STORM_BATCH_SIZE}; i++) {
        const node = document.createElement('span');
        node.textContent = 'row ' + i;
        host.appendChild(node);
        previous.push(node);
      }
      batch++;
      setTimeout(step, 0);
      return;
    }
    requestAnimationFrame(() => {
      const wallMs = performance.now() - started;
      counting = false;
      host.remove();
      const batches = performance.getEntriesByName('preflight:dom-batch').filter((e) => e.startTime >= started);
      resolve({ wallMs, frames, watcherBatches: batches.length });
    });
  };
  setTimeout(step, 0);
})`;

function finite(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

function difference(a: unknown, b: unknown): number | undefined {
  const x = finite(a);
  const y = finite(b);
  return x === undefined || y === undefined ? undefined : x - y;
}

async function freshPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_BEFORE_ACTION_MS);
  return page;
}

/** Opens the create form from the VPN list (as a route or a dialog, per the mock's createMode). */
async function openForm(page: Page): Promise<PanelSample['mode']> {
  const mode = (await page.evaluate('window.mockConsole.createMode')) === 'route' ? 'route' : 'dialog';
  await page.locator('[data-action="create-vpn"]').click();
  await page.locator(PANEL).waitFor({ state: 'visible', timeout: 5_000 });
  return mode;
}

async function panelSample(page: Page, mode: PanelSample['mode']): Promise<PanelSample> {
  await page.waitForTimeout(50);
  const marks = (await page.evaluate(READ_PANEL_MARKS)) as { shown?: number; seen?: number; panel?: number };
  return {
    mode,
    shownToPanelMs: difference(marks.panel, marks.shown),
    shownToSeenMs: difference(marks.seen, marks.shown),
    seenToPanelMs: difference(marks.panel, marks.seen),
  };
}

/** One panel measurement on a fresh list page; the mock's create mode decides route or dialog. */
export async function measurePanel(context: BrowserContext): Promise<PanelSample> {
  const page = await freshPage(context, BENCH_PAGES.list);
  try {
    return await panelSample(page, await openForm(page));
  } finally {
    await page.close();
  }
}

/**
 * Opens the create dialog, types a name the name-format rule rejects, and clicks the dialog's confirm
 * button: the guard stops the submit and asks. Returns the panel figure for the dialog as well.
 */
export async function measurePanelAndGuard(
  context: BrowserContext,
): Promise<{ panel: PanelSample; guard: GuardSample }> {
  const page = await freshPage(context, BENCH_PAGES.list);
  try {
    const panel = await panelSample(page, await openForm(page));
    await page.locator('[data-vpn-dialog] [name="vpnConnectionName"]').fill('bad name!');
    await page
      .locator('jdc-preflight-panel [data-check="name-format"][data-status="fail"]')
      .waitFor({ state: 'attached', timeout: 5_000 });
    await page.locator('[data-vpn-dialog] button[type="submit"]').click();
    await page.locator(GUARD).waitFor({ state: 'visible', timeout: 5_000 });
    const measures = (await page.evaluate(READ_GUARD_MEASURES)) as GuardSample;
    const submitted = await page.evaluate('window.mockConsole.submissions');
    if (submitted !== 0) throw new Error('the guard let an unready submit through during the bench');
    return { panel, guard: { decisionMs: finite(measures.decisionMs), dialogMs: finite(measures.dialogMs) } };
  } finally {
    await page.close();
  }
}

/** The mutation storm on the VPN form's route page, with the panel up when the extension is loaded. */
export async function measureStorm(context: BrowserContext): Promise<StormSample> {
  const page = await freshPage(context, BENCH_PAGES.form);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await cdp.send('Performance.getMetrics');
    const { result, events } = await traceWhile(
      cdp,
      () => page.evaluate(STORM) as Promise<{ wallMs?: number; frames?: number; watcherBatches?: number }>,
    );
    const after = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const delta = (name: string) => {
      const a = after.metrics.find((m) => m.name === name)?.value;
      const b = before.metrics.find((m) => m.name === name)?.value;
      const d = difference(a, b);
      return d === undefined ? undefined : d * 1000;
    };
    return {
      wallMs: finite(result.wallMs),
      scriptMs: scriptTimeMs(events, timeStampThread(events, STORM_STAMP)),
      taskMs: delta('TaskDuration'),
      frames: finite(result.frames),
      watcherBatches: finite(result.watcherBatches),
    };
  } finally {
    await page.close();
  }
}
