// Runs inside the benchmark page (bundled by esbuild): times each real renderer module on synthetic I420 frames.
import type { DecodedFrame } from '../../projects/broadcast-core/src/bridge/frame-codec';
import { i420Length } from '../../projects/broadcast-core/src/bridge/frame-codec';
import { rotatedSize } from '../../projects/broadcast-core/src/video-view/frame-rotation';
import type { I420Renderer, RendererKind } from '../../projects/broadcast-core/src/video-view/i420-renderer';
import { i420ToRgba } from '../../projects/broadcast-core/src/video-view/i420-to-rgba';
import { RENDERERS } from '../../projects/broadcast-core/src/video-view/renderer-factory';

/** Timing of one renderer at one size. */
export interface RendererTiming {
  kind: RendererKind | 'convert-only';
  /** Median milliseconds per frame, or null when it could not run. */
  ms: number | null;
  /** Median of the per-round ratios to the baseline. */
  ratio: number | null;
  /** Milliseconds per frame of every round (empty when it could not run). */
  msSamples?: number[];
  /** Ratio to the baseline of every round. */
  ratioSamples?: number[];
  /** Why it could not run. */
  error?: string;
}

/** Everything measured at one size. */
export interface SizeTimings {
  width: number;
  height: number;
  /** putImageData of a ready RGBA buffer of the same size, forced to finish: the ratio baseline. */
  baselineMs: number;
  /** The baseline's milliseconds per frame of every round. */
  baselineSamples?: number[];
  renderers: RendererTiming[];
}

/** Whether a renderer shows known colours and rotations correctly. */
export interface RendererCheck {
  kind: RendererKind;
  /** RGB read back from solid red, green, blue, white and black frames. */
  colours: Record<string, [number, number, number]>;
  /** Colours more than 3 levels off in some channel. */
  wrongColours: string[];
  /** Rotations (0-3) whose white quadrant landed in the wrong corner. */
  wrongRotations: number[];
  error?: string;
}

/** Options of one timing run. */
export interface TimingOptions {
  /** Timed batches; the median batch counts. */
  repeats: number;
  /** Minimum milliseconds per batch (at least 2 frames each). */
  batchMs: number;
  /** Untimed frames first (JIT, texture allocation). */
  warmup: number;
}

const KINDS: RendererKind[] = ['webgl', 'webcodecs', 'canvas2d'];

/** A synthetic frame: gradients that move with `phase`, so no two consecutive uploads are equal. */
function makeFrame(width: number, height: number, phase: number, rotation = 0): DecodedFrame {
  const data = new Uint8Array(i420Length(width, height));
  const cw = (width + 1) >> 1;
  const ch = (height + 1) >> 1;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = 16 + ((x + y + phase * 7) % 220);
  const u = width * height;
  const v = u + cw * ch;
  for (let y = 0; y < ch; y++)
    for (let x = 0; x < cw; x++) {
      data[u + y * cw + x] = 64 + ((x + phase * 3) % 128);
      data[v + y * cw + x] = 64 + ((y + phase * 5) % 128);
    }
  return { stream: 'local', width, height, rotation, timestamp: phase * 33, frameNo: phase, data };
}

function solidFrame(width: number, height: number, y: number, u: number, v: number): DecodedFrame {
  const data = new Uint8Array(i420Length(width, height));
  data.fill(y, 0, width * height);
  const chroma = ((width + 1) >> 1) * ((height + 1) >> 1);
  data.fill(u, width * height, width * height + chroma);
  data.fill(v, width * height + chroma);
  return { stream: 'local', width, height, rotation: 0, timestamp: 0, frameNo: 1, data };
}

/** Reads one pixel back, which also waits until everything drawn so far has finished. */
function readPixel(canvas: HTMLCanvasElement, kind: RendererKind, x: number, y: number): [number, number, number] {
  if (kind === 'webgl') {
    const gl = (canvas.getContext('webgl2') as WebGLRenderingContext | null) ?? canvas.getContext('webgl')!;
    const out = new Uint8Array(4);
    gl.readPixels(x, canvas.height - 1 - y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out); // GL rows run bottom-up
    return [out[0], out[1], out[2]];
  }
  const d = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
  return [d[0], d[1], d[2]];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Mean ms per call of `step` over one batch of at least `batchMs` and 2 calls. */
function batch(step: (i: number) => void, batchMs: number, counter: { i: number }): number {
  const start = performance.now();
  let n = 0;
  let elapsed = 0;
  do {
    step(counter.i++);
    n++;
    elapsed = performance.now() - start;
  } while (elapsed < batchMs || n < 2);
  return elapsed / n;
}

interface Contender {
  kind: RendererTiming['kind'] | 'baseline';
  step: (i: number) => void;
  counter: { i: number };
  ms: number[];
  ratios: number[];
}

/**
 * Times the baseline and every renderer at one size. Batches run round-robin, so
 * all contenders share the same moments of machine load, and each batch's ratio
 * is taken against the baseline batch of the same round.
 */
function measure(width: number, height: number, options: TimingOptions): SizeTimings {
  const frames = [makeFrame(width, height, 0), makeFrame(width, height, 1)];
  const contenders: Contender[] = [];
  const add = (kind: Contender['kind'], step: (i: number) => void) => contenders.push({ kind, step, counter: { i: 0 }, ms: [], ratios: [] });

  const baseCanvas = document.createElement('canvas');
  baseCanvas.width = width;
  baseCanvas.height = height;
  const base = baseCanvas.getContext('2d', { alpha: false })!;
  const images = frames.map((f) => {
    const image = base.createImageData(width, height);
    i420ToRgba(f, image.data);
    return image;
  });
  add('baseline', (i) => {
    base.putImageData(images[i & 1], 0, 0);
    base.getImageData(0, 0, 1, 1);
  });
  const scratch = new ImageData(width, height);
  add('convert-only', (i) => i420ToRgba(frames[i & 1], scratch.data));

  const failed: RendererTiming[] = [];
  const renderers: I420Renderer[] = [];
  for (const kind of KINDS) {
    const canvas = document.createElement('canvas');
    try {
      const renderer = RENDERERS[kind](canvas);
      renderers.push(renderer);
      add(kind, (i) => {
        renderer.draw(frames[i & 1]);
        readPixel(canvas, kind, 0, 0);
      });
    } catch (err) {
      failed.push({ kind, ms: null, ratio: null, error: (err as Error).message });
    }
  }

  try {
    for (const c of contenders) for (let w = 0; w < options.warmup; w++) c.step(c.counter.i++);
    for (let r = 0; r < options.repeats; r++) {
      let baselineMs = 0;
      for (const c of contenders) {
        const ms = batch(c.step, options.batchMs, c.counter);
        if (c.kind === 'baseline') baselineMs = ms;
        c.ms.push(ms);
        c.ratios.push(ms / baselineMs);
      }
    }
  } catch (err) {
    return { width, height, baselineMs: NaN, renderers: [{ kind: 'convert-only', ms: null, ratio: null, error: (err as Error).message }] };
  } finally {
    for (const renderer of renderers) renderer.dispose();
  }
  const [baseline, ...rest] = contenders;
  return {
    width,
    height,
    baselineMs: median(baseline.ms),
    baselineSamples: baseline.ms,
    renderers: [
      ...rest.map((c) => ({ kind: c.kind as RendererTiming['kind'], ms: median(c.ms), ratio: median(c.ratios), msSamples: c.ms, ratioSamples: c.ratios })),
      ...failed,
    ],
  };
}

// BT.601 limited-range codes of the test colours, and the RGB each must show.
const COLOURS: Record<string, { yuv: [number, number, number]; rgb: [number, number, number] }> = {
  red: { yuv: [81, 90, 240], rgb: [255, 0, 0] },
  green: { yuv: [145, 54, 34], rgb: [0, 255, 0] },
  blue: { yuv: [41, 240, 110], rgb: [0, 0, 255] },
  white: { yuv: [235, 128, 128], rgb: [255, 255, 255] },
  black: { yuv: [16, 128, 128], rgb: [0, 0, 0] },
};

/** Draws known colours and a white quadrant at each rotation with every renderer, and reads them back. */
function check(): RendererCheck[] {
  return KINDS.map((kind) => {
    const canvas = document.createElement('canvas');
    const result: RendererCheck = { kind, colours: {}, wrongColours: [], wrongRotations: [] };
    let renderer: I420Renderer | null = null;
    try {
      renderer = RENDERERS[kind](canvas);
      for (const [name, { yuv, rgb }] of Object.entries(COLOURS)) {
        renderer.draw(solidFrame(16, 8, ...yuv));
        const seen = readPixel(canvas, kind, 8, 4);
        result.colours[name] = seen;
        if (seen.some((value, i) => Math.abs(value - rgb[i]) > 3)) result.wrongColours.push(name);
      }
      // 32x16, white top-left quadrant; turned clockwise it must land top-left, top-right, bottom-right, bottom-left.
      const expected = [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ];
      for (let rotation = 0; rotation < 4; rotation++) {
        const frame = solidFrame(32, 16, 16, 128, 128);
        for (let y = 0; y < 8; y++) frame.data.fill(235, y * 32, y * 32 + 16);
        renderer.draw({ ...frame, rotation });
        const { width, height } = rotatedSize(32, 16, rotation);
        const bright = [0, 1].flatMap((qy) => [0, 1].filter((qx) => readPixel(canvas, kind, (qx * 2 + 1) * (width / 4), (qy * 2 + 1) * (height / 4))[0] > 128).map((qx) => [qx, qy]));
        if (bright.length !== 1 || bright[0][0] !== expected[rotation][0] || bright[0][1] !== expected[rotation][1]) result.wrongRotations.push(rotation);
      }
    } catch (err) {
      result.error = (err as Error).message;
    } finally {
      renderer?.dispose();
    }
    return result;
  });
}

/** What the WebGL context says it runs on (SwiftShader when there is no GPU). */
function environment(): { userAgent: string; webgl: string } {
  const gl = document.createElement('canvas').getContext('webgl');
  const debug = gl?.getExtension('WEBGL_debug_renderer_info');
  const webgl = gl ? String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return { userAgent: navigator.userAgent, webgl };
}

/** The page's API, called through page.evaluate. */
export const rendererBench = { measure, check, environment };

(globalThis as unknown as { rendererBench: typeof rendererBench }).rendererBench = rendererBench;
