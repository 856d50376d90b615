// Where a page's main thread spends its time: the V8 sampling profiler over DevTools (Profiler domain), summed into
// self time per function, and Blink's own task counters (Performance.getMetrics).
import type { PageSession } from './cdp-page';

/** One line of a profile summary: a function (or a V8 pseudo-node such as `(program)`) and its self time. */
export interface ProfileLine {
  /** `name (file)`, or the pseudo-node's name. */
  where: string;
  selfMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

function label(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const name = functionName || '(anonymous)';
  return url ? `${name} (${url.split('/').pop()?.split('?')[0]})` : name;
}

/** Sums a CPU profile's samples into self time per function, largest first. */
export function selfTimes(profile: Profile): ProfileLine[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, label(n)]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each delta is the time from the previous sample to this one: charge it to the previous sample's node.
  for (let i = 1; i < samples.length; i++) {
    const where = byId.get(samples[i - 1]) ?? '?';
    totals.set(where, (totals.get(where) ?? 0) + deltas[i] / 1000);
  }
  return [...totals].map(([where, selfMs]) => ({ where, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}

/** Starts the sampling profiler on a page (1 ms interval); the result stops it: self times and the profile's length. */
export async function startProfiler(page: PageSession): Promise<() => Promise<{ lines: ProfileLine[]; ms: number }>> {
  await page.send('Profiler.enable');
  await page.send('Profiler.setSamplingInterval', { interval: 1000 });
  await page.send('Profiler.start');
  return async () => {
    const { profile } = await page.send<{ profile: Profile }>('Profiler.stop');
    await page.send('Profiler.disable');
    return { lines: selfTimes(profile), ms: (profile.endTime - profile.startTime) / 1000 };
  };
}

/** Blink's main-thread counters of a page, seconds so far. */
export type MainThreadMetrics = Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration', number>;

/** Reads a page's main-thread counters (enables the Performance domain once). */
export async function metricsReader(page: PageSession): Promise<() => Promise<MainThreadMetrics>> {
  await page.send('Performance.enable');
  return async () => {
    const { metrics } = await page.send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { TaskDuration: get('TaskDuration'), ScriptDuration: get('ScriptDuration'), LayoutDuration: get('LayoutDuration'), RecalcStyleDuration: get('RecalcStyleDuration') };
  };
}
