/**
 * Script time of one page load, counted from a trace of the page's main thread.
 *
 * CDP's `ScriptDuration` (Performance.getMetrics) leaves out script that runs when an extension's message is
 * answered: the promise jobs of a `runtime.sendMessage` reply run outside the probes it sums. The preflight
 * renders its panel in such a reply, so that metric never saw the panel (a 14 ms loop put there added
 * nothing to it). A trace sees every script event, so the bench's script time is the self time of the
 * script events on the page's main thread: evaluation, calls, timers, event and animation-frame callbacks,
 * microtasks and compilation, with what they contain except the style, layout, parsing and painting they
 * force (their own events), as Lighthouse groups main-thread work, except that garbage collection inside
 * script counts as script. Tracing adds its own overhead to these events, so the figure errs on the high side.
 */
import type { CDPSession } from '@playwright/test';

/** Categories that hold the events counted here; few, since every traced event costs the page time. */
export const SCRIPT_TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'] as const;

/** One event of a Chrome trace (the JSON trace event format), as far as it is read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, microseconds. */
  ts: number;
  /** Wall duration, microseconds (complete events). */
  dur?: number;
  /** Thread duration, microseconds (complete events, when the thread clock is known). */
  tdur?: number;
  /** Thread clock at the event, microseconds (begin and end events). */
  tts?: number;
  args?: { data?: { url?: unknown; isOutermostMainFrame?: unknown; message?: unknown } };
}

export interface TraceThread {
  pid: number;
  tid: number;
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
]);

/** Work a script can force that is not script: counted apart, as its own kind, wherever it nests. */
const RENDERING_EVENTS = new Set([
  'UpdateLayoutTree',
  'RecalculateStyles',
  'Layout',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'HitTest',
]);

interface Span {
  name: string;
  start: number;
  end: number;
  /** Thread time when known, else wall time, microseconds. */
  time: number;
  /** The script's address, where the event names one (evaluations and calls do). */
  url?: string;
}

const urlOf = (event: TraceEvent) =>
  typeof event.args?.data?.url === 'string' ? event.args.data.url : undefined;

/** Complete events as they are, begin/end pairs of one thread joined into one span each. */
function spansOf(events: readonly TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.ph === 'X' && typeof event.dur === 'number') {
      const time = typeof event.tdur === 'number' ? event.tdur : event.dur;
      spans.push({ name: event.name, start: event.ts, end: event.ts + event.dur, time, url: urlOf(event) });
    } else if (event.ph === 'B') {
      open.push(event);
    } else if (event.ph === 'E') {
      const begin = open.pop();
      if (!begin) continue;
      const wall = event.ts - begin.ts;
      const thread =
        typeof begin.tts === 'number' && typeof event.tts === 'number' ? event.tts - begin.tts : wall;
      spans.push({ name: begin.name, start: begin.ts, end: event.ts, time: thread, url: urlOf(begin) });
    }
  }
  // Parents before their children: earlier first, and of two starting together the longer.
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The thread that committed `url` as a tab's top document: the page's renderer main thread. */
export function pageMainThread(events: readonly TraceEvent[], url: string): TraceThread | undefined {
  const commit = events.findLast(
    (e) => e.name === 'CommitLoad' && e.args?.data?.url === url && e.args.data.isOutermostMainFrame === true,
  );
  return commit ? { pid: commit.pid, tid: commit.tid } : undefined;
}

/** The thread on which the page called `console.timeStamp(label)`: for a page that loaded before the trace. */
export function timeStampThread(events: readonly TraceEvent[], label: string): TraceThread | undefined {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);
  return stamp ? { pid: stamp.pid, tid: stamp.tid } : undefined;
}

/**
 * Milliseconds of script on `thread`; undefined when the trace does not show the page's thread (a figure
 * without a measurement fails its budget rather than passing on nothing).
 */
export function scriptTimeMs(
  events: readonly TraceEvent[],
  thread: TraceThread | undefined,
): number | undefined {
  if (!thread) return undefined;
  const spans = spansOf(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid));
  const stack: { span: Span; script: boolean; children: number }[] = [];
  let total = 0;
  const close = (entry: (typeof stack)[number]) => {
    if (entry.script) total += Math.max(0, entry.span.time - entry.children);
  };
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1) as (typeof stack)[number]).span.end <= span.start) {
      close(stack.pop() as (typeof stack)[number]);
    }
    const parent = stack.at(-1);
    if (parent) parent.children += span.time;
    // An event of no known kind is part of what contains it: V8's interrupts inside a call are script.
    const script = SCRIPT_EVENTS.has(span.name) || (!RENDERING_EVENTS.has(span.name) && !!parent?.script);
    stack.push({ span, script, children: 0 });
  }
  while (stack.length > 0) close(stack.pop() as (typeof stack)[number]);
  return total / 1000;
}

/**
 * The longest outermost event on the page's main thread that runs the extension's code (it, or an event inside
 * it, names a `chrome-extension:` script), in thread milliseconds: what "no task over 50 ms caused by the
 * extension" holds. Thread time, as the script time above: on these shared 2-core hosts, wall time also counts
 * the moments the thread waited for a core. 0 when the extension ran nothing there; undefined without the thread.
 */
export function longestExtensionTaskMs(
  events: readonly TraceEvent[],
  thread: TraceThread | undefined,
): number | undefined {
  if (!thread) return undefined;
  const spans = spansOf(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid));
  let longest = 0;
  let outer: Span | undefined;
  let extension = false;
  const close = () => {
    if (outer && extension) longest = Math.max(longest, outer.time);
  };
  for (const span of spans) {
    if (!outer || span.start >= outer.end) {
      close();
      outer = span;
      extension = false;
    }
    if (span.url?.startsWith('chrome-extension://')) extension = true;
  }
  close();
  return longest / 1000;
}

/** The events Chrome traces while `run` runs, in the categories above. */
export async function traceWhile<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...SCRIPT_TRACE_CATEGORIES] },
  });
  try {
    return { result: await run(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}
