import { describe, expect, it } from 'vitest';
import {
  longestExtensionTaskMs,
  pageMainThread,
  scriptTimeMs,
  type TraceEvent,
  timeStampThread,
} from '../../scripts/bench/script-time';

const URL = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const PAGE = { pid: 10, tid: 1 };
const OTHER = { pid: 20, tid: 1 };

/** A complete event on the page's thread: start and wall duration in ms, thread duration when given. */
const x = (name: string, start: number, dur: number, tdur?: number, on = PAGE): TraceEvent => ({
  name,
  ph: 'X',
  ...on,
  ts: start * 1000,
  dur: dur * 1000,
  ...(tdur === undefined ? {} : { tdur: tdur * 1000 }),
});

const commit = (url = URL, on = PAGE, top = true): TraceEvent => ({
  name: 'CommitLoad',
  ph: 'X',
  ...on,
  ts: 0,
  dur: 1,
  args: { data: { url, isOutermostMainFrame: top } },
});

const scriptOf = (events: TraceEvent[]) => scriptTimeMs(events, pageMainThread(events, URL));

describe('pageMainThread', () => {
  it('is the thread that committed the address as the top document, not a frame inside it', () => {
    const events = [
      commit(URL, OTHER, false),
      commit(URL, PAGE, true),
      commit('https://else.example/', OTHER),
    ];
    expect(pageMainThread(events, URL)).toEqual(PAGE);
    expect(pageMainThread([commit(URL, OTHER, false)], URL)).toBeUndefined();
  });

  it('finds a page that loaded before the trace by its console.timeStamp', () => {
    const stamp: TraceEvent = {
      name: 'TimeStamp',
      ph: 'I',
      ...OTHER,
      ts: 5,
      args: { data: { message: 'bench:storm' } },
    };
    expect(timeStampThread([stamp], 'bench:storm')).toEqual(OTHER);
    expect(timeStampThread([stamp], 'something else')).toBeUndefined();
  });
});

describe('scriptTimeMs', () => {
  it('is undefined when the trace does not show the page', () => {
    expect(scriptOf([x('EvaluateScript', 1, 5)])).toBeUndefined();
  });

  it('counts evaluation, compilation and microtasks, and no style, layout or parsing they force', () => {
    const events = [
      commit(),
      x('ParseHTML', 0.5, 0.4),
      x('EvaluateScript', 1, 10),
      x('v8.compile', 1.5, 2),
      x('Layout', 4, 3),
      x('RunMicrotasks', 20, 4),
      x('UpdateLayoutTree', 21, 1),
    ];
    // (10 − 2 − 3) + 2 + (4 − 1)
    expect(scriptOf(events)).toBeCloseTo(10);
  });

  it('counts what V8 does inside a call as script, and nothing of unknown kind outside script', () => {
    const events = [
      commit(),
      x('FunctionCall', 1, 5),
      x('V8.BytecodeBudgetInterrupt', 2, 1),
      x('V8.BytecodeBudgetInterrupt', 10, 1),
      x('Layout', 20, 5),
      x('V8.HandleInterrupts', 21, 1),
    ];
    expect(scriptOf(events)).toBeCloseTo(5);
  });

  it('takes thread time over wall time, and joins begin/end pairs', () => {
    const begin: TraceEvent = { name: 'TimerFire', ph: 'B', ...PAGE, ts: 30_000, tts: 100_000 };
    const end: TraceEvent = { name: 'TimerFire', ph: 'E', ...PAGE, ts: 40_000, tts: 104_000 };
    const events = [commit(), x('EvaluateScript', 1, 10, 6), begin, end];
    expect(scriptOf(events)).toBeCloseTo(6 + 4);
  });

  it('leaves out other threads and processes: the extension and other tabs run elsewhere', () => {
    const events = [
      commit(),
      x('EvaluateScript', 1, 2),
      x('EvaluateScript', 1, 50, undefined, OTHER),
      x('FunctionCall', 1, 50, undefined, { pid: PAGE.pid, tid: 2 }),
    ];
    expect(scriptOf(events)).toBeCloseTo(2);
  });

  it('counts events that start where the previous one ended as siblings, not children', () => {
    const events = [commit(), x('EvaluateScript', 1, 2), x('Layout', 3, 5), x('FunctionCall', 8, 1)];
    expect(scriptOf(events)).toBeCloseTo(3);
  });
});

describe('longestExtensionTaskMs', () => {
  const at = (event: TraceEvent, url: string): TraceEvent => ({ ...event, args: { data: { url } } });
  const EXTENSION = 'chrome-extension://abcdefghijklmnop/preflight.js';

  it('is the longest outermost event that runs the extension’s code, wherever inside it that code runs', () => {
    const events = [
      commit(),
      // The page's own long task: not the extension's.
      at(x('EvaluateScript', 1, 80), URL),
      // A task that calls into the extension from inside.
      x('EventDispatch', 100, 30),
      at(x('FunctionCall', 110, 5), EXTENSION),
      at(x('EvaluateScript', 200, 12), EXTENSION),
    ];
    expect(longestExtensionTaskMs(events, pageMainThread(events, URL))).toBeCloseTo(30);
  });

  it('counts thread time where the trace has it: the time the thread waited for a core is not the task’s', () => {
    const events = [commit(), x('EventDispatch', 100, 60, 22), at(x('FunctionCall', 110, 5), EXTENSION)];
    expect(longestExtensionTaskMs(events, pageMainThread(events, URL))).toBeCloseTo(22);
  });

  it('is 0 when the extension ran nothing on the page, and undefined without the page’s thread', () => {
    const events = [commit(), at(x('EvaluateScript', 1, 80), URL)];
    expect(longestExtensionTaskMs(events, pageMainThread(events, URL))).toBe(0);
    expect(longestExtensionTaskMs([at(x('EvaluateScript', 1, 5), EXTENSION)], undefined)).toBeUndefined();
  });
});
