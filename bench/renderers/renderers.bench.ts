import { RENDERER_ORDER } from '../../projects/broadcast-core/src/video-view/renderer-factory';
import { figure, summary, type Benchmark, type Figure } from '../benchmark';
import { FIRST_CHOICE_720P_MS, missedTargets, orderNote, runRendererBench } from './run-renderers';

/**
 * The I420 renderers in headless Chromium (see run-renderers.ts): ms per frame of each at 360p, 720p and 1080p
 * with the spread of its rounds, the ratio of each to putImageData of a ready RGBA buffer in the same rounds, the
 * factory's first choice against 720p30, and the colour and rotation read-backs.
 */
export const rendererBenchmark: Benchmark = {
  name: 'renderers',
  async run(): Promise<Figure[]> {
    const result = await runRendererBench();
    console.log(orderNote(result));
    const figures: Figure[] = [];
    for (const size of result.sizes) {
      const key = `${size.width}x${size.height}`;
      for (const r of size.renderers) {
        if (r.ms === null || r.kind === 'convert-only') continue;
        figures.push(r.msSamples ? figure(`${key} ${r.kind}`, r.msSamples, 'ms/frame') : summary(`${key} ${r.kind}`, r.ms, [r.ms, r.ms], 'ms/frame'));
        if (r.ratioSamples) figures.push(figure(`${key} ${r.kind} / putImageData`, r.ratioSamples, 'x'));
      }
    }
    const missed = missedTargets(result);
    for (const line of missed) console.log(`MISSED: ${line}`);
    const hd = result.sizes.find((s) => s.width === 1280);
    const first = result.fastestFirst.length ? hd?.renderers.find((r) => r.kind === firstChoice(result.fastestFirst)) : undefined;
    if (first?.msSamples) {
      figures.push(figure(`first choice (${first.kind}) at 1280x720`, first.msSamples, 'ms/frame', { op: '<=', value: FIRST_CHOICE_720P_MS }));
    }
    const wrong = result.checks.reduce((n, c) => n + c.wrongColours.length + c.wrongRotations.length + (c.error && c.kind === 'canvas2d' ? 1 : 0), 0);
    figures.push(summary('wrong colours, rotations, canvas2d failures', wrong, [wrong, wrong], 'count', { op: '<=', value: 0 }));
    return figures;
  },
};

/** The renderer the factory would pick: the first of its order that ran. */
function firstChoice(ran: readonly string[]): string | undefined {
  return RENDERER_ORDER.find((k) => ran.includes(k));
}
