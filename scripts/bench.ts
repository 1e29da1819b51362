/**
 * `npm run bench`: what the extension costs the JD Cloud console, measured side by side in one run and held
 * against the budgets of DESIGN.md.
 *
 *   npm run bench                      builds, measures, prints the table, writes bench-output/bench-<time>.json
 *   npm run bench -- --check           the same, and exits 1 when a budget is broken
 *   npm run bench -- --loads 30 --warmup 5 --interactions 12 --storms 6 --skip-build
 *
 * Builds (scripts/bench/build-variant.ts) go to .output/bench/: the production extension and its zip, a
 * bench build with user-timing marks, and the floor. Everything runs in headless Chromium against the mock
 * console (tests/fixtures/console), so nothing leaves the machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from '@playwright/test';
import { BUILD_VARIANTS, type BuildVariant } from './bench/build-variant';
import {
  measurePanel,
  measurePanelAndGuard,
  measureStorm,
  type StormSample,
} from './bench/measure-interactions';
import { LOAD_VARIANTS, type LoadVariant, measureLoads, SETTLE_MS } from './bench/measure-loads';
import { type BenchResults, buildFigures, type InteractionResults, renderTable } from './bench/report';
import { benchInstrumentationIn, entrypointSizes, fileSizeOf } from './bench/sizes';
import {
  ChromiumMissingError,
  findChromium,
  launchWithExtension,
  type MockConsoleOptions,
  serveMockConsole,
} from './chromium';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    loads: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    interactions: { type: 'string', default: '10' },
    storms: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-output' },
  },
});

function count(name: string, min: number): number {
  const value = Number(values[name as keyof typeof values]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench: --${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return value;
}

const options = {
  check: Boolean(values.check),
  loads: count('loads', 1),
  warmup: count('warmup', 0),
  interactions: count('interactions', 1),
  storms: count('storms', 1),
  skipBuild: Boolean(values['skip-build']),
};

const BUILD_ROOT = resolve('.output/bench');
const extensionDir = (variant: BuildVariant) => join(BUILD_ROOT, variant, 'chrome-mv3');

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

function buildAll() {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  for (const variant of BUILD_VARIANTS) {
    const started = Date.now();
    const env = { ...process.env };
    if (variant === 'bench') env.WXT_PREFLIGHT_BUILD = 'bench';
    else delete env.WXT_PREFLIGHT_BUILD;
    const out = join(BUILD_ROOT, variant);
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(process.execPath, [tsx, 'scripts/bench/build-variant.ts', variant, out], {
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      throw new Error(`the ${variant} build failed`);
    }
    log(`built ${variant} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function measureSizes(): BenchResults['sizes'] {
  const production = extensionDir('production');
  const entrypoints = entrypointSizes(production);
  const zipName = readdirSync(join(BUILD_ROOT, 'production')).find((name) => name.endsWith('.zip'));
  const content = entrypoints.find((entry) => entry.name === 'content script');
  const instrumentation = (content?.files ?? []).flatMap((file) =>
    benchInstrumentationIn(readFileSync(join(production, file.path), 'utf8')),
  );
  return {
    entrypoints,
    zip: zipName ? fileSizeOf(join(BUILD_ROOT, 'production', zipName)) : undefined,
    floorContentScript: entrypointSizes(extensionDir('floor')).find(
      (entry) => entry.name === 'content script',
    ),
    productionInstrumentation: [...new Set(instrumentation)],
  };
}

const ACCOUNT_PAGES = [
  'https://uc.jdcloud.com/cost/capital/capital-overview',
  'https://uc.jdcloud.com/cost/coupon/list',
  'https://realname.jdcloud.com/account/verify',
];

/**
 * A Chromium profile for one variant, with the account pages visited once, as a person would have, so the
 * panel shows a full checklist rather than "unknown" everywhere. Each context has its own mock options.
 */
async function openContext(dir: string | null, mock: MockConsoleOptions): Promise<BrowserContext> {
  const context = await launchWithExtension({ extensionDir: dir, locale: 'zh-CN' });
  await serveMockConsole(context, mock);
  const manifest = dir
    ? (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: unknown })
    : {};
  if (manifest.background) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  for (const url of ACCOUNT_PAGES) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
  }
  await page.close();
  return context;
}

function chromiumVersion(): string | undefined {
  try {
    return execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return undefined;
  }
}

async function measureInteractions(load: Record<LoadVariant, BrowserContext>): Promise<InteractionResults> {
  const storm: InteractionResults['storm'] = { without: [], extension: [], bench: [] };
  for (let i = 0; i < options.storms; i++) {
    const order: ('without' | 'extension')[] =
      i % 2 === 0 ? ['without', 'extension'] : ['extension', 'without'];
    for (const variant of order) storm[variant].push(await measureStorm(load[variant]));
  }
  log(`storms measured (${options.storms} each)`);
  const mock: MockConsoleOptions = { scenario: 'ready', lang: 'zh', createMode: 'route' };
  const bench = await openContext(extensionDir('bench'), mock);
  try {
    const panel = [];
    const guard = [];
    for (let i = 0; i < options.interactions; i++) {
      mock.createMode = 'route';
      panel.push(await measurePanel(bench));
      mock.createMode = 'dialog';
      const both = await measurePanelAndGuard(bench);
      panel.push(both.panel);
      guard.push(both.guard);
    }
    log(`panel and guard measured (${options.interactions} each)`);
    const counted: StormSample[] = [];
    for (let i = 0; i < Math.min(3, options.storms); i++) counted.push(await measureStorm(bench));
    storm.bench = counted;
    return { panel, guard, storm };
  } finally {
    await bench.close();
  }
}

async function main() {
  const startedAt = new Date();
  const loadBefore = loadavg();
  if (!options.skipBuild) buildAll();
  for (const variant of BUILD_VARIANTS) {
    if (!existsSync(join(extensionDir(variant), 'manifest.json'))) {
      throw new Error(`no ${variant} build in ${relative('.', BUILD_ROOT)}; run without --skip-build`);
    }
  }
  const results: BenchResults = { sizes: measureSizes() };

  const dirs: Record<LoadVariant, string | null> = {
    without: null,
    floor: extensionDir('floor'),
    extension: extensionDir('production'),
  };
  const contexts = {} as Record<LoadVariant, BrowserContext>;
  try {
    for (const variant of LOAD_VARIANTS) {
      contexts[variant] = await openContext(dirs[variant], {
        scenario: 'ready',
        lang: 'zh',
        createMode: 'route',
      });
    }
    let reported = 0;
    results.loads = await measureLoads({
      contexts,
      loads: options.loads,
      warmup: options.warmup,
      onProgress: (done, total) => {
        const step = Math.ceil(total / 10);
        if (done === total || done - reported >= step) {
          reported = done;
          log(`page loads ${done}/${total}`);
        }
      },
    });
    await contexts.floor.close();
    results.interactions = await measureInteractions(contexts);
  } finally {
    for (const context of Object.values(contexts)) await context.close().catch(() => undefined);
  }

  const figures = buildFigures(results);
  const ok = figures.every((f) => f.verdict !== 'fail');
  const finishedAt = new Date();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
    node: process.version,
    chromium: chromiumVersion(),
  };
  mkdirSync(values.out as string, { recursive: true });
  const file = join(values.out as string, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        options,
        method: {
          settleMs: SETTLE_MS,
          timeDomain: 'threadTicks',
          loads: 'fresh tab per load, variants alternate with a rotating order, warm-up rounds discarded',
          added: 'difference of medians (with − without); p25–p75 of each side next to it',
        },
        machine,
        figures,
        ok,
        samples: results,
      },
      null,
      2,
    )}\n`,
  );

  console.log(
    `JD Cloud VPN Preflight bench, ${finishedAt.toISOString()}: ${machine.cpus} × ${machine.cpuModel ?? 'cpu'}, ` +
      `${machine.chromium ?? 'Chromium'}, load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} → ${machine.loadAverageAfter.map((x) => x.toFixed(2)).join(' ')}`,
  );
  console.log(
    `${options.loads} loads per page and variant after ${options.warmup} warm-up rounds; medians, spread p25–p75; ` +
      'script and task times are main-thread thread time (CDP Performance, threadTicks).',
  );
  console.log(renderTable(figures));
  console.log(`\nJSON: ${file}`);
  if (options.check && !ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof ChromiumMissingError) console.error(`bench: ${error.message}`);
  else console.error(error);
  process.exitCode = 2;
});
