// The show's per-view figures: frames drawn per second, latency from the engine's timestamp to paint (p50, p99),
// and where along the way the time goes (host send, arrival in the page, end of the draw).
import { figure, type Figure, type Target } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import { median, minMax, quantile } from '../stats';
import type { Round } from './show-round';
import { SHOW_VIEWS, type ShowPageName } from './show-rig';

/** The goal from the show's brief, on a machine with a GPU: every view draws at least 29 fps. */
export const FPS_TARGET: Target = { op: '>=', value: 29 };

/** Clock corrections, ms, to add to a latency so both its ends are on the host's clock. */
export interface ClockCorrections {
  /** For host send times: the worker's offset against the host. */
  host: number;
  /** For page times, per page: the worker's offset minus the page's. */
  pages: Record<ShowPageName, number>;
}

const range = (xs: number[]) => minMax(xs).map((x) => formatNumber(x)).join('-');
const cell = (xs: number[]) => `${formatNumber(median(xs))} [${range(xs)}]`;
const p50 = (xs: readonly number[] | undefined, add: number) => quantile((xs ?? []).map((x) => x + add), 0.5);

/** Prints the per-view table and returns each view's fps (with the target), latency p50 and p99. */
export function viewFigures(results: readonly Round[], clocks: ClockCorrections): Figure[] {
  const figures: Figure[] = [];
  const rows = [['page', 'view (stream)', 'size', 'renderer', 'fps sent', 'fps drawn', 'latency p50 ms', 'latency p99 ms', 'host sent p50', 'page got p50', 'drawn p50', 'skipped']];
  for (const v of SHOW_VIEWS) {
    const add = clocks.pages[v.page];
    const fps: number[] = [];
    const sentFps: number[] = [];
    const lat50: number[] = [];
    const lat99: number[] = [];
    const sent: number[] = [];
    const arrived: number[] = [];
    const drawn: number[] = [];
    const skipped: number[] = [];
    let renderer = '-';
    for (const round of results) {
      const page = round.pages[v.page];
      const s = page.streams[v.stream];
      fps.push((s?.frames ?? 0) / round.seconds);
      sentFps.push((round.sends.get(v.stream)?.length ?? 0) / round.seconds);
      const latencies = (s?.latencies ?? []).map((l) => l + add);
      lat50.push(quantile(latencies, 0.5));
      lat99.push(quantile(latencies, 0.99));
      sent.push(p50(round.sends.get(v.stream), clocks.host));
      arrived.push(p50(page.arrivals[v.stream], add));
      drawn.push(p50(s?.drawLatencies, add));
      skipped.push(s ? s.skipped / Math.max(1, s.frames + s.skipped) : NaN);
      renderer = s?.renderer ?? renderer;
    }
    rows.push([v.page, v.stream, `${v.width}x${v.height}`, renderer, formatNumber(median(sentFps)), cell(fps), cell(lat50), cell(lat99), formatNumber(median(sent)), formatNumber(median(arrived)),
      formatNumber(median(drawn)), `${(median(skipped) * 100).toFixed(0)}%`]);
    const name = `${v.page} ${v.stream} ${v.width}x${v.height}`;
    figures.push(figure(`${name}: fps drawn (${renderer})`, fps, 'fps', FPS_TARGET, {
      note: v === SHOW_VIEWS[0] ? 'the >= 29 fps target is for a machine with a GPU; this one has none (software raster and compositing, 2 cores shared with the host)' : undefined,
    }));
    figures.push(figure(`${name}: latency p50`, lat50, 'ms'));
    figures.push(figure(`${name}: latency p99`, lat99, 'ms'));
  }
  console.log(
    `\nPer view, median of ${results.length} rounds [min-max]. Latency: the engine's frame timestamp -> the end of the animation frame that drew it; ` +
      `fps sent: frames the host wrote to the window's socket; on the way (p50, ms after the timestamp): the host's ws.send, the page's socket ` +
      'message event, the end of the draw call. ' +
      `Skipped: frames of the stream the window never got (the router keeps only the newest while a window is behind).`,
  );
  console.log(formatTable(rows));
  return figures;
}
