/**
 * Turns the bench's samples into figures, each with its budget from DESIGN.md and a verdict, and prints
 * them. A figure with a budget and no measurement fails: a bench that could not measure must not pass.
 */
import { BUDGETS } from './budgets';
import type { GuardSample, PanelSample, StormSample } from './measure-interactions';
import {
  BENCH_PAGES,
  type BenchPage,
  type LoadSample,
  type LoadSamples,
  type LoadVariant,
} from './measure-loads';
import type { EntrypointSize, FileSize } from './sizes';
import { medianDifference, medianRatio, type Summary, summarize } from './stats';

export type Unit = 'ms' | 'bytes' | 'MB' | 'ratio' | 'count';
export type Verdict = 'pass' | 'fail' | 'info';

export interface Figure {
  id: string;
  group: 'size' | 'load' | 'interaction';
  label: string;
  value: number | undefined;
  unit: Unit;
  /** How the value spreads (p25–p75 of the samples it came from, or of each side of a difference). */
  spread?: string;
  /** Largest value that passes. */
  budget?: number;
  verdict: Verdict;
}

export interface SizeResults {
  entrypoints: EntrypointSize[];
  zip?: FileSize;
  floorContentScript?: EntrypointSize;
  /** Bench-only instrumentation found in the production content script (must be none). */
  productionInstrumentation: string[];
}

export interface InteractionResults {
  panel: PanelSample[];
  guard: GuardSample[];
  storm: { without: StormSample[]; extension: StormSample[]; bench: StormSample[] };
}

export interface BenchResults {
  sizes: SizeResults;
  loads?: LoadSamples;
  interactions?: InteractionResults;
}

export function verdictOf(value: number | undefined, budget: number | undefined): Verdict {
  if (budget === undefined) return 'info';
  return value !== undefined && Number.isFinite(value) && value <= budget ? 'pass' : 'fail';
}

function figure(input: Omit<Figure, 'verdict'>): Figure {
  return { ...input, verdict: verdictOf(input.value, input.budget) };
}

const fixed = (x: number, digits = 1) => x.toFixed(digits);

export function formatSpread(summary: Summary | undefined, digits = 1): string {
  return summary ? `${fixed(summary.p25, digits)}–${fixed(summary.p75, digits)}` : 'n/a';
}

function sizeFigures(sizes: SizeResults): Figure[] {
  const figures: Figure[] = [];
  for (const entry of sizes.entrypoints) {
    const isContent = entry.name === 'content script';
    figures.push(
      figure({
        id: `size.${entry.name.replace(/\s+/g, '-')}.gzip`,
        group: 'size',
        label: `${entry.name}, gzip (${entry.files.length} file${entry.files.length === 1 ? '' : 's'}, raw ${entry.raw} B)`,
        value: entry.gzip,
        unit: 'bytes',
        budget: isContent ? BUDGETS.contentScriptGzip : undefined,
      }),
    );
  }
  if (!sizes.entrypoints.some((entry) => entry.name === 'content script')) {
    figures.push(
      figure({
        id: 'size.content-script.gzip',
        group: 'size',
        label: 'content script, gzip (not found in the manifest)',
        value: undefined,
        unit: 'bytes',
        budget: BUDGETS.contentScriptGzip,
      }),
    );
  }
  if (sizes.floorContentScript) {
    figures.push(
      figure({
        id: 'size.floor-content-script.gzip',
        group: 'size',
        label: 'floor content script (WXT runtime alone), gzip',
        value: sizes.floorContentScript.gzip,
        unit: 'bytes',
      }),
    );
  }
  figures.push(
    figure({
      id: 'size.zip',
      group: 'size',
      label: 'zipped extension',
      value: sizes.zip?.raw,
      unit: 'bytes',
    }),
    figure({
      id: 'size.production-instrumentation',
      group: 'size',
      label: `bench-only marks in the production content script${sizes.productionInstrumentation.length ? ` (${sizes.productionInstrumentation.join(', ')})` : ''}`,
      value: sizes.productionInstrumentation.length,
      unit: 'count',
      budget: 0,
    }),
  );
  return figures;
}

const PAGE_LABEL: Record<BenchPage, string> = {
  other: 'console page (not VPN)',
  list: 'VPN list',
  form: 'VPN create form',
  account: 'capital overview (account page)',
  tunnel: 'add-tunnel form (readers on demand)',
};

const SCRIPT_BUDGET: Record<BenchPage, number> = {
  other: BUDGETS.addedScriptOtherPage,
  // The preflight counts the connections per border gateway there (connection-quota): a page it reads.
  list: BUDGETS.addedScriptReadPage,
  form: BUDGETS.addedScriptVpnForm,
  account: BUDGETS.addedScriptReadPage,
  tunnel: BUDGETS.addedScriptVpnForm,
};

type LoadMetric = 'scriptMs' | 'longestExtensionTaskMs' | 'cdpScriptMs' | 'taskMs' | 'heapBytes' | 'loadMs';

export function loadSummary(
  samples: LoadSamples,
  page: BenchPage,
  variant: LoadVariant,
  metric: LoadMetric,
): Summary | undefined {
  const scale = metric === 'heapBytes' ? 1 / (1024 * 1024) : 1;
  return summarize(
    samples[page][variant].map((s: LoadSample) =>
      s[metric] === undefined ? undefined : (s[metric] as number) * scale,
    ),
  );
}

/** The largest of the samples; undefined when any is missing (a figure with a gap must not pass). */
function worstOf(values: readonly (number | undefined)[]): number | undefined {
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  return Math.max(...(values as number[]));
}

function sides(samples: LoadSamples, page: BenchPage, metric: LoadMetric, digits = 1): string {
  const part = (variant: LoadVariant, name: string) => {
    const s = loadSummary(samples, page, variant, metric);
    return `${name} ${s ? fixed(s.median, digits) : 'n/a'} [${formatSpread(s, digits)}]`;
  };
  return `${part('without', 'without')} · ${part('floor', 'floor')} · ${part('extension', 'with')}`;
}

function loadFigures(samples: LoadSamples): Figure[] {
  const figures: Figure[] = [];
  for (const page of Object.keys(BENCH_PAGES) as BenchPage[]) {
    const s = (variant: LoadVariant, metric: LoadMetric) => loadSummary(samples, page, variant, metric);
    const label = PAGE_LABEL[page];
    figures.push(
      figure({
        id: `load.${page}.script-added`,
        group: 'load',
        label: `${label}: added script time (with − without; traced)`,
        value: medianDifference(s('extension', 'scriptMs'), s('without', 'scriptMs')),
        unit: 'ms',
        spread: sides(samples, page, 'scriptMs', 2),
        budget: SCRIPT_BUDGET[page],
      }),
      figure({
        id: `load.${page}.longest-extension-task`,
        group: 'load',
        label: `${label}: longest task running the extension's code (the worst load, thread time)`,
        value: worstOf(samples[page].extension.map((sample) => sample.longestExtensionTaskMs)),
        unit: 'ms',
        budget: BUDGETS.extensionTask,
      }),
      figure({
        id: `load.${page}.script-over-floor`,
        group: 'load',
        label: `${label}: script time over the floor (with − floor)`,
        value: medianDifference(s('extension', 'scriptMs'), s('floor', 'scriptMs')),
        unit: 'ms',
      }),
      figure({
        id: `load.${page}.floor-added`,
        group: 'load',
        label: `${label}: the floor's own script time (floor − without)`,
        value: medianDifference(s('floor', 'scriptMs'), s('without', 'scriptMs')),
        unit: 'ms',
      }),
      figure({
        id: `load.${page}.script-ratio-without`,
        group: 'load',
        label: `${label}: script time with / without`,
        value: medianRatio(s('extension', 'scriptMs'), s('without', 'scriptMs')),
        unit: 'ratio',
      }),
      figure({
        id: `load.${page}.script-ratio-floor`,
        group: 'load',
        label: `${label}: script time with / floor`,
        value: medianRatio(s('extension', 'scriptMs'), s('floor', 'scriptMs')),
        unit: 'ratio',
      }),
      figure({
        id: `load.${page}.cdp-script-added`,
        group: 'load',
        label: `${label}: added ScriptDuration (CDP; misses message-reply callbacks)`,
        value: medianDifference(s('extension', 'cdpScriptMs'), s('without', 'cdpScriptMs')),
        unit: 'ms',
        spread: sides(samples, page, 'cdpScriptMs', 2),
      }),
      figure({
        id: `load.${page}.task-added`,
        group: 'load',
        label: `${label}: added task time (with − without)`,
        value: medianDifference(s('extension', 'taskMs'), s('without', 'taskMs')),
        unit: 'ms',
        spread: sides(samples, page, 'taskMs'),
      }),
      figure({
        id: `load.${page}.task-ratio-without`,
        group: 'load',
        label: `${label}: task time with / without`,
        value: medianRatio(s('extension', 'taskMs'), s('without', 'taskMs')),
        unit: 'ratio',
      }),
      figure({
        id: `load.${page}.task-ratio-floor`,
        group: 'load',
        label: `${label}: task time with / floor`,
        value: medianRatio(s('extension', 'taskMs'), s('floor', 'taskMs')),
        unit: 'ratio',
      }),
      figure({
        id: `load.${page}.heap-added`,
        group: 'load',
        label: `${label}: added JS heap in use (with − without)`,
        value: medianDifference(s('extension', 'heapBytes'), s('without', 'heapBytes')),
        unit: 'MB',
        spread: sides(samples, page, 'heapBytes', 2),
      }),
      figure({
        id: `load.${page}.load-event-added`,
        group: 'load',
        label: `${label}: load event end, added (with − without)`,
        value: medianDifference(s('extension', 'loadMs'), s('without', 'loadMs')),
        unit: 'ms',
        spread: sides(samples, page, 'loadMs'),
      }),
    );
  }
  return figures;
}

function storm(samples: StormSample[], metric: 'wallMs' | 'scriptMs' | 'taskMs'): Summary | undefined {
  return summarize(samples.map((s) => s[metric]));
}

function interactionFigures(results: InteractionResults): Figure[] {
  const figures: Figure[] = [];
  for (const mode of ['route', 'dialog'] as const) {
    const samples = results.panel.filter((p) => p.mode === mode);
    const total = summarize(samples.map((p) => p.shownToPanelMs));
    const seen = summarize(samples.map((p) => p.shownToSeenMs));
    const rest = summarize(samples.map((p) => p.seenToPanelMs));
    figures.push(
      figure({
        id: `interaction.panel-${mode}`,
        group: 'interaction',
        label: `panel visible after the form appears (${mode})`,
        value: total?.median,
        unit: 'ms',
        spread: `p25–p75 ${formatSpread(total)}, n=${total?.n ?? 0}; found ${seen ? fixed(seen.median) : 'n/a'} + rendered ${rest ? fixed(rest.median) : 'n/a'}`,
        budget: BUDGETS.panelVisible,
      }),
    );
  }
  const decision = summarize(results.guard.map((g) => g.decisionMs));
  const dialog = summarize(results.guard.map((g) => g.dialogMs));
  figures.push(
    figure({
      id: 'interaction.guard-decision',
      group: 'interaction',
      label: 'guard decision after the submit click',
      value: decision?.median,
      unit: 'ms',
      spread: `p25–p75 ${formatSpread(decision, 2)}, max ${decision ? fixed(decision.max, 2) : 'n/a'}, n=${decision?.n ?? 0}`,
      budget: BUDGETS.guardDecision,
    }),
    figure({
      id: 'interaction.guard-dialog',
      group: 'interaction',
      label: 'guard dialog rendered after the submit click',
      value: dialog?.median,
      unit: 'ms',
      spread: `p25–p75 ${formatSpread(dialog)}`,
    }),
  );
  const { without, extension, bench } = results.storm;
  const both = (metric: 'wallMs' | 'scriptMs' | 'taskMs') =>
    `without ${storm(without, metric) ? fixed((storm(without, metric) as Summary).median) : 'n/a'} [${formatSpread(storm(without, metric))}] · with ${storm(extension, metric) ? fixed((storm(extension, metric) as Summary).median) : 'n/a'} [${formatSpread(storm(extension, metric))}]`;
  figures.push(
    figure({
      id: 'interaction.storm-script-added',
      group: 'interaction',
      label: 'mutation storm (10,000 nodes): added script time',
      value: medianDifference(storm(extension, 'scriptMs'), storm(without, 'scriptMs')),
      unit: 'ms',
      spread: both('scriptMs'),
    }),
    figure({
      id: 'interaction.storm-task-added',
      group: 'interaction',
      label: 'mutation storm: added task time',
      value: medianDifference(storm(extension, 'taskMs'), storm(without, 'taskMs')),
      unit: 'ms',
      spread: both('taskMs'),
    }),
    figure({
      id: 'interaction.storm-wall-added',
      group: 'interaction',
      label: 'mutation storm: added time to done + 1 frame',
      value: medianDifference(storm(extension, 'wallMs'), storm(without, 'wallMs')),
      unit: 'ms',
      spread: both('wallMs'),
    }),
  );
  const excess = bench
    .filter((s) => s.frames !== undefined && s.watcherBatches !== undefined)
    .map((s) => Math.max(0, (s.watcherBatches as number) - (s.frames as number)));
  const counts = bench.map((s) => `${s.watcherBatches ?? '?'}/${s.frames ?? '?'}`).join(' ');
  figures.push(
    figure({
      id: 'interaction.storm-batches-over-frames',
      group: 'interaction',
      label: 'mutation storm: DOM watcher batches beyond one per frame (1 allowed)',
      value: excess.length > 0 ? Math.max(...excess) : undefined,
      unit: 'count',
      spread: `batches/frames per storm: ${counts || 'n/a'}`,
      budget: 1,
    }),
  );
  return figures;
}

export function buildFigures(results: BenchResults): Figure[] {
  return [
    ...sizeFigures(results.sizes),
    ...(results.loads ? loadFigures(results.loads) : []),
    ...(results.interactions ? interactionFigures(results.interactions) : []),
  ];
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'bytes':
      return `${value} B`;
    case 'ms':
      return `${value.toFixed(2)} ms`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case 'ratio':
      return `×${value.toFixed(2)}`;
    case 'count':
      return String(value);
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The figures as a plain-text table, grouped, with each budget and verdict. */
export function renderTable(figures: readonly Figure[]): string {
  const lines: string[] = [];
  const groups: Figure['group'][] = ['size', 'load', 'interaction'];
  const titles = { size: 'Sizes (production build)', load: 'Page loads', interaction: 'Interactions' };
  const labelWidth = Math.min(78, Math.max(...figures.map((f) => f.label.length)));
  for (const group of groups) {
    const rows = figures.filter((f) => f.group === group);
    if (rows.length === 0) continue;
    lines.push('', titles[group]);
    for (const f of rows) {
      const budget = f.budget === undefined ? '' : `≤ ${formatValue(f.budget, f.unit)}`;
      const verdict = f.verdict === 'info' ? '' : f.verdict.toUpperCase();
      lines.push(
        `  ${pad(f.label, labelWidth)}  ${pad(formatValue(f.value, f.unit), 12)}  ${pad(budget, 14)}  ${verdict}`,
      );
      if (f.spread) lines.push(`  ${' '.repeat(Math.min(labelWidth, 4))}${f.spread}`);
    }
  }
  const judged = figures.filter((f) => f.verdict !== 'info');
  const failed = judged.filter((f) => f.verdict === 'fail');
  lines.push('', `Budgets: ${judged.length - failed.length} passed, ${failed.length} failed`);
  return lines.join('\n');
}
