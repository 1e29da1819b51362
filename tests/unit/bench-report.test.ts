import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets';
import type { LoadSample, LoadSamples } from '../../scripts/bench/measure-loads';
import { type BenchResults, buildFigures, renderTable, verdictOf } from '../../scripts/bench/report';

const load = (scriptMs: number | undefined, longestExtensionTaskMs: number | undefined = 5): LoadSample => ({
  scriptMs,
  longestExtensionTaskMs,
  taskMs: 10,
  heapBytes: 1024 * 1024,
  panelShown: false,
});
const loads = (without: number[], floor: number[], extension: number[]) => ({
  without: without.map(load),
  floor: floor.map(load),
  extension: extension.map(load),
});

const sizes = (contentGzip: number, instrumentation: string[] = []): BenchResults['sizes'] => ({
  entrypoints: [
    {
      name: 'content script',
      files: [{ path: 'content-scripts/console.js', raw: 50_000, gzip: contentGzip }],
      raw: 50_000,
      gzip: contentGzip,
    },
  ],
  productionInstrumentation: instrumentation,
});

const byId = (results: BenchResults) => new Map(buildFigures(results).map((f) => [f.id, f]));

describe('verdictOf', () => {
  it('passes at the budget, fails over it, and fails when nothing was measured', () => {
    expect(verdictOf(3, 3)).toBe('pass');
    expect(verdictOf(3.01, 3)).toBe('fail');
    expect(verdictOf(undefined, 3)).toBe('fail');
    expect(verdictOf(Number.NaN, 3)).toBe('fail');
    expect(verdictOf(99, undefined)).toBe('info');
  });
});

describe('buildFigures', () => {
  it('holds the content script to 20 KB gzip and the shipped build to no bench marks', () => {
    const ok = byId({ sizes: sizes(BUDGETS.contentScriptGzip) });
    expect(ok.get('size.content-script.gzip')?.verdict).toBe('pass');
    expect(ok.get('size.production-instrumentation')?.verdict).toBe('pass');
    const over = byId({ sizes: sizes(BUDGETS.contentScriptGzip + 1, ['performance.mark(']) });
    expect(over.get('size.content-script.gzip')?.verdict).toBe('fail');
    expect(over.get('size.production-instrumentation')).toMatchObject({ value: 1, verdict: 'fail' });
  });

  it('fails the size budget when the manifest has no content script', () => {
    const figures = byId({ sizes: { entrypoints: [], productionInstrumentation: [] } });
    expect(figures.get('size.content-script.gzip')).toMatchObject({ value: undefined, verdict: 'fail' });
  });

  it('takes added script time as the difference of medians, with the page budget', () => {
    const samples: LoadSamples = {
      other: loads([0, 0, 0], [2, 2, 2], [4, 5, 6]),
      list: loads([1, 1, 1], [3, 3, 3], [3.5, 4, 4.5]),
      form: loads([1, 1, 1], [3, 3, 3], [10, 11, 12]),
      account: loads([0, 0, 0], [2, 2, 2], [8, 9, 10]),
      tunnel: loads([1, 1, 1], [3, 3, 3], [26, 27, 28]),
    };
    const figures = byId({ sizes: sizes(1000), loads: samples });
    expect(figures.get('load.other.script-added')).toMatchObject({ value: 5, budget: 3, verdict: 'fail' });
    expect(figures.get('load.other.script-over-floor')).toMatchObject({ value: 3, verdict: 'info' });
    expect(figures.get('load.other.floor-added')?.value).toBe(2);
    expect(figures.get('load.other.script-ratio-without')?.value).toBeUndefined();
    // The VPN list is a page the preflight reads (connection-quota counts it): the read pages' budget.
    expect(figures.get('load.list.script-added')).toMatchObject({ value: 3, budget: 20, verdict: 'pass' });
    expect(figures.get('load.form.script-added')).toMatchObject({ value: 10, budget: 25, verdict: 'pass' });
    expect(figures.get('load.form.script-ratio-floor')?.value).toBeCloseTo(11 / 3);
    expect(figures.get('load.form.script-added')?.spread).toContain('with 11.00 [10.50–11.50]');
    // A page the preflight reads without a panel.
    expect(figures.get('load.account.script-added')).toMatchObject({ value: 9, budget: 20, verdict: 'pass' });
    // The add-tunnel form is a form with its panel, whose readers load on demand: the forms' budget.
    expect(figures.get('load.tunnel.script-added')).toMatchObject({ value: 26, budget: 25, verdict: 'fail' });
  });

  it('holds the longest task that ran the extension to 50 ms, on the worst load', () => {
    const withTasks = (tasks: (number | undefined)[]) => ({
      without: [load(1), load(1)],
      floor: [load(1), load(1)],
      // Spelled out: `load`'s default would stand in for an undefined task.
      extension: tasks.map((task) => ({ ...load(2), longestExtensionTaskMs: task })),
    });
    const figures = byId({
      sizes: sizes(1000),
      loads: {
        other: withTasks([0, 0]),
        list: withTasks([3, 50]),
        form: withTasks([12, 51]),
        account: withTasks([4, undefined]),
        tunnel: withTasks([5, 6]),
      },
    });
    expect(figures.get('load.other.longest-extension-task')).toMatchObject({ value: 0, verdict: 'pass' });
    expect(figures.get('load.list.longest-extension-task')).toMatchObject({
      value: 50,
      budget: 50,
      verdict: 'pass',
    });
    expect(figures.get('load.form.longest-extension-task')).toMatchObject({ value: 51, verdict: 'fail' });
    // A load the trace could not measure is no pass.
    expect(figures.get('load.account.longest-extension-task')?.verdict).toBe('fail');
  });

  it('fails a load budget whose samples are all missing', () => {
    const samples: LoadSamples = {
      other: loads([0, 0], [1, 1], []),
      list: loads([1], [1], [1]),
      form: loads([1], [1], [1]),
      account: loads([1], [1], [1]),
      tunnel: loads([1], [1], [1]),
    };
    expect(byId({ sizes: sizes(1000), loads: samples }).get('load.other.script-added')?.verdict).toBe('fail');
  });

  it('judges the panel, the guard and the watcher from their samples', () => {
    const figures = byId({
      sizes: sizes(1000),
      interactions: {
        panel: [
          { mode: 'route', shownToPanelMs: 80, shownToSeenMs: 10, seenToPanelMs: 70 },
          { mode: 'route', shownToPanelMs: 90, shownToSeenMs: 12, seenToPanelMs: 78 },
          { mode: 'dialog', shownToPanelMs: 150 },
        ],
        guard: [{ decisionMs: 0.5, dialogMs: 6 }, { decisionMs: 2.5 }, { decisionMs: 1 }],
        storm: {
          without: [{ scriptMs: 50, taskMs: 100, wallMs: 500 }],
          extension: [{ scriptMs: 56, taskMs: 110, wallMs: 510 }],
          bench: [
            { watcherBatches: 30, frames: 30 },
            { watcherBatches: 31, frames: 30 },
          ],
        },
      },
    });
    expect(figures.get('interaction.panel-route')).toMatchObject({ value: 85, verdict: 'pass' });
    expect(figures.get('interaction.panel-dialog')).toMatchObject({ value: 150, verdict: 'fail' });
    expect(figures.get('interaction.guard-decision')).toMatchObject({ value: 1, verdict: 'pass' });
    expect(figures.get('interaction.storm-script-added')?.value).toBe(6);
    expect(figures.get('interaction.storm-batches-over-frames')).toMatchObject({ value: 1, verdict: 'pass' });
  });

  it('fails the watcher figure when a storm processed more batches than frames allow', () => {
    const figures = byId({
      sizes: sizes(1000),
      interactions: {
        panel: [],
        guard: [],
        storm: { without: [], extension: [], bench: [{ watcherBatches: 100, frames: 30 }] },
      },
    });
    expect(figures.get('interaction.storm-batches-over-frames')).toMatchObject({
      value: 70,
      verdict: 'fail',
    });
    expect(figures.get('interaction.panel-route')?.verdict).toBe('fail');
  });

  it('counts a storm the watcher slept through as no extra batches, not a negative number', () => {
    const figures = byId({
      sizes: sizes(1000),
      interactions: {
        panel: [],
        guard: [],
        storm: { without: [], extension: [], bench: [{ watcherBatches: 1, frames: 35 }] },
      },
    });
    expect(figures.get('interaction.storm-batches-over-frames')).toMatchObject({ value: 0, verdict: 'pass' });
  });
});

describe('renderTable', () => {
  it('prints every figure with its budget and verdict, and a closing count', () => {
    const table = renderTable(buildFigures({ sizes: sizes(BUDGETS.contentScriptGzip + 1) }));
    expect(table).toMatch(/content script, gzip .* 20481 B\s+≤ 20480 B\s+FAIL/);
    expect(table).toContain('Budgets: 1 passed, 1 failed');
  });
});
