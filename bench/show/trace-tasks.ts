// Where Chromium's threads spend their time, from a trace of the `toplevel` category: every task each thread
// ran (ThreadControllerImpl::RunTask and the thread pool's), with the code location that posted it.
import type { Browser } from 'playwright-core';

/** Busy time of one thread over the trace, and its largest kinds of task. */
export interface ThreadTasks {
  /** `process label / thread name`, e.g. `Renderer (wall) / CrRendererMain`. */
  thread: string;
  busyMs: number;
  /** Task kinds by the function that posted them (`file:function`), largest first. */
  top: { postedFrom: string; ms: number; count: number }[];
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; labels?: string; src_file?: string; src_func?: string };
}

/** The user-timing mark each page sets while traced, followed by its name. */
export const PAGE_MARK = 'bench-show-page:';

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'SequenceManager::DoIdleWork']);

/** Sums a trace's top-level tasks per thread; page titles label renderer processes. */
export function threadTasks(events: readonly TraceEvent[]): ThreadTasks[] {
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const e of events) {
    // A page's own mark names its renderer process (see traceTasks).
    if (e.name.startsWith(PAGE_MARK)) processNames.set(e.pid, `Renderer (${e.name.slice(PAGE_MARK.length)})`);
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name' && !processNames.has(e.pid)) processNames.set(e.pid, e.args?.name ?? String(e.pid));
    if (e.name === 'process_labels') processNames.set(e.pid, `${processNames.get(e.pid) ?? 'Renderer'} (${e.args?.labels})`);
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? String(e.tid));
  }
  const threads = new Map<string, { busy: number; kinds: Map<string, { ms: number; count: number }> }>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name) || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    let t = threads.get(key);
    if (!t) threads.set(key, (t = { busy: 0, kinds: new Map() }));
    const ms = e.dur / 1000;
    t.busy += ms;
    // V8's posters are whole C++ signatures: keep the name.
    const func = (e.args?.src_func ?? e.name).replace(/\(.*$/, '').split(' ').pop() ?? '';
    const from = `${(e.args?.src_file ?? '?').split('/').pop()}:${func}`;
    const k = t.kinds.get(from) ?? { ms: 0, count: 0 };
    k.ms += ms;
    k.count++;
    t.kinds.set(from, k);
  }
  return [...threads]
    .map(([key, t]) => {
      const pid = Number(key.split(':')[0]);
      return {
        thread: `${processNames.get(pid) ?? pid} / ${threadNames.get(key) ?? key}`,
        busyMs: t.busy,
        top: [...t.kinds].map(([postedFrom, k]) => ({ postedFrom, ...k })).sort((a, b) => b.ms - a.ms),
      };
    })
    .sort((a, b) => b.busyMs - a.busyMs);
}

/** Traces the whole browser for `ms` and returns its threads' task time; `markPages` has each page set PAGE_MARK + its name. */
export async function traceTasks(browser: Browser, ms: number, markPages: () => Promise<void>): Promise<{ threads: ThreadTasks[]; ms: number }> {
  await browser.startTracing(undefined, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  const started = performance.now();
  await markPages();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const buffer = await browser.stopTracing();
  const elapsed = performance.now() - started;
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return { threads: threadTasks(Array.isArray(trace) ? trace : trace.traceEvents), ms: elapsed };
}
