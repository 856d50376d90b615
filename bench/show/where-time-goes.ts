// Where the time goes while the show runs: a V8 CPU profile of each page's main thread, a trace of every
// Chromium thread's tasks, and the CPU of the host and of Chromium's processes over the same seconds.
import { summary, type Figure } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import { startProfiler, type ProfileLine } from './cpu-profile';
import { cpuDelta, descendantCpu } from './process-cpu';
import { percentOfCore } from './show-round';
import type { ShowRig } from './show-rig';
import { PAGE_MARK, traceTasks } from './trace-tasks';

const IDLE = /^\((idle|program|garbage collector)\)$/;

function profileTable(page: string, lines: ProfileLine[], ms: number, top = 12): string {
  const rows = [['function (file)', 'self ms', '% of wall']];
  for (const l of lines.slice(0, top)) rows.push([l.where, formatNumber(l.selfMs), `${((l.selfMs / ms) * 100).toFixed(1)}%`]);
  return `\nV8 profile of the ${page} page's main thread, ${formatNumber(ms)} ms (self time; "(program)" is native work outside JavaScript):\n${formatTable(rows)}`;
}

/** Profiles the pages for `profileMs`, then traces Chromium for `traceMs`; prints both and returns a few figures. */
export async function whereTimeGoes(rig: ShowRig, profileMs: number, traceMs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  const stop = { preview: await startProfiler(rig.pages.preview.session), wall: await startProfiler(rig.pages.wall.session) };
  await new Promise((resolve) => setTimeout(resolve, profileMs));
  const profiles = { preview: await stop.preview(), wall: await stop.wall() };
  for (const page of ['preview', 'wall'] as const) {
    const { lines, ms } = profiles[page];
    console.log(profileTable(page, lines, ms));
    const top = lines.find((l) => !IDLE.test(l.where));
    const share = top ? (top.selfMs / ms) * 100 : NaN;
    if (top) figures.push(summary(`${page} page, profile: top function ${top.where}`, share, [share, share], '% of wall', undefined, { note: page === 'preview' ? 'self time in one V8 profile, profiler on' : undefined }));
  }

  const chromium0 = descendantCpu();
  const host0 = process.cpuUsage();
  const trace = await traceTasks(rig.browser, traceMs, async () => {
    for (const page of ['preview', 'wall'] as const) await rig.pages[page].evaluate(`performance.mark('${PAGE_MARK}${page}'), true`);
  });
  const seconds = trace.ms / 1000;
  const chromium = cpuDelta(chromium0, descendantCpu());
  const host = process.cpuUsage(host0);
  const rows = [['thread', 'busy % of wall', 'largest tasks by poster (ms, count)']];
  for (const t of trace.threads.slice(0, 12)) {
    rows.push([t.thread, `${((t.busyMs / trace.ms) * 100).toFixed(1)}%`, t.top.slice(0, 3).map((k) => `${k.postedFrom} ${formatNumber(k.ms)} (${k.count})`).join('; ')]);
  }
  console.log(`\nChromium's threads over a ${formatNumber(trace.ms)} ms trace (top-level tasks, wall time, tracing on):\n${formatTable(rows)}`);
  console.log(
    `CPU over the trace, % of one core: host ${percentOfCore((host.user + host.system) / 1000, seconds).toFixed(0)}; ` +
      Object.entries(chromium).map(([type, ms]) => `${type} ${percentOfCore(ms, seconds).toFixed(0)}`).join(', '),
  );
  for (const t of trace.threads.slice(0, 4)) {
    const busy = (t.busyMs / trace.ms) * 100;
    figures.push(summary(`trace: ${t.thread} busy`, busy, [busy, busy], '% of wall', undefined, { note: t === trace.threads[0] ? 'one trace of the toplevel category, tracing on' : undefined }));
  }
  return figures;
}
