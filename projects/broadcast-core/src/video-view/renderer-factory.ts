import { Canvas2dRenderer } from './canvas2d-renderer';
import type { I420Renderer, RendererKind } from './i420-renderer';
import { WebcodecsRenderer } from './webcodecs-renderer';
import { WebglI420Renderer } from './webgl-i420-renderer';

/** Builds one kind of renderer on a canvas; throws when that kind cannot run here. */
export type RendererConstructor = (canvas: HTMLCanvasElement) => I420Renderer;

/** The real renderers, by kind. */
export const RENDERERS: Readonly<Record<RendererKind, RendererConstructor>> = {
  webgl: (canvas) => new WebglI420Renderer(canvas),
  webcodecs: (canvas) => new WebcodecsRenderer(canvas),
  canvas2d: (canvas) => new Canvas2dRenderer(canvas),
};

/**
 * Preference order, fastest first, from `npx tsx bench/renderers/run-renderers.ts`:
 * Chromium 156 headless, --disable-gpu (WebGL on SwiftShader), 2 cores shared with
 * other jobs (load 5-6); ms per frame, each forced to finish by a 1-pixel read-back,
 * median of 7 round-robin batches; ratio = that time / putImageData of a ready
 * RGBA buffer of the same size, taken per round (a typical run, then the range of 6):
 *
 *                  640x360            1280x720           1920x1080
 *   putImageData   0.04 ms            0.10 ms            0.49 ms        (baseline)
 *   webcodecs      1.41 ms  x32       5.29 ms  x46      10.13 ms  x21   (x20-36, x29-46, x15-29)  drawImage
 *   webcodecs      0.28 ms  x9        1.27 ms  x10       2.81 ms  x7    copyTo + putImageData (*)
 *   canvas2d       1.81 ms  x44       5.98 ms  x56      14.24 ms  x29   (x42-72, x44-64, x21-33)
 *   webgl          7.69 ms  x183     27.25 ms  x254     58.85 ms  x115  (x180-236, x219-281, x64-138)
 *   (JS I420->RGBA alone: 1.7, 5.1, 12.8 ms)
 *
 * WebCodecs won at every size in every run; canvas2d was second, and WebGL on
 * SwiftShader five times slower still, so it is the last resort here. All three
 * show BT.601 colours within 2 levels and the four rotations correctly. On a
 * desktop GPU WebGL and drawImage run on the GPU: rerun the bench there before
 * reordering.
 *
 * (*) Without a GPU, WebcodecsRenderer now puts upright frames as VideoFrame.copyTo
 * RGBA copies (bench/show found drawImage the top cost of the show's windows); in
 * the same session, load 4-6, drawImage took 0.93, 3.98 and 5.71 ms.
 */
export const RENDERER_ORDER: readonly RendererKind[] = ['webcodecs', 'canvas2d', 'webgl'];

/** A renderer the factory settled on, with the canvas it draws on (put that canvas on screen). */
export interface ChosenRenderer {
  /** Which implementation it is. */
  kind: RendererKind;
  /** The renderer itself. */
  renderer: I420Renderer;
  /** The canvas it was created on. */
  canvas: HTMLCanvasElement;
}

/** No renderer could be created; `reasons` says why for each kind tried. */
export class NoRendererError extends Error {
  constructor(
    /** Each kind tried, with its error message. */
    readonly reasons: ReadonlyArray<{ kind: RendererKind; message: string }>,
  ) {
    super(`no video renderer works here: ${reasons.map((r) => r.message).join('; ') || 'all excluded'}`);
    this.name = 'NoRendererError';
  }
}

/** What the factory may be told. */
export interface RendererFactoryOptions {
  /** Kinds not to try, e.g. ones that already failed on this view. */
  exclude?: ReadonlySet<RendererKind>;
  /** Preference order; RENDERER_ORDER by default. */
  order?: readonly RendererKind[];
  /** Constructors by kind; RENDERERS by default (specs stub them). */
  constructors?: Readonly<Record<RendererKind, RendererConstructor>>;
}

/** Creates the best renderer that works here; the VideoView gets it through RENDERER_FACTORY. */
export type RendererFactory = (newCanvas: () => HTMLCanvasElement, options?: RendererFactoryOptions) => ChosenRenderer;

/**
 * Tries each kind in order and returns the first that constructs. A kind that
 * throws may have claimed its canvas for good (a canvas that gave out a WebGL
 * context never gives a 2D one), so every attempt gets a fresh canvas.
 */
export const createI420Renderer: RendererFactory = (newCanvas, options = {}) => {
  const { exclude = new Set(), order = RENDERER_ORDER, constructors = RENDERERS } = options;
  const reasons: { kind: RendererKind; message: string }[] = [];
  for (const kind of order) {
    if (exclude.has(kind)) continue;
    const canvas = newCanvas();
    try {
      return { kind, renderer: constructors[kind](canvas), canvas };
    } catch (err) {
      reasons.push({ kind, message: err instanceof Error ? err.message : String(err) });
    }
  }
  throw new NoRendererError(reasons);
};
