import type { DecodedFrame } from '../bridge/frame-codec';

/** Draws I420 frames onto the canvas it was created on. */
export interface I420Renderer {
  /** Draws one frame, sizing the canvas backing store to the (rotated) picture; throws when it cannot. */
  draw(frame: DecodedFrame): void;
  /** Frees GPU and canvas resources; the renderer is unusable afterwards. */
  dispose(): void;
}

/** The renderer implementations, by the API they draw with. */
export type RendererKind = 'webgl' | 'webcodecs' | 'canvas2d';

/** Thrown by a renderer's constructor when its API is missing here (no WebGL, no VideoFrame, no 2D context). */
export class RendererUnavailableError extends Error {
  constructor(
    /** The renderer that cannot run. */
    readonly kind: RendererKind,
    reason: string,
  ) {
    super(`${kind} renderer unavailable: ${reason}`);
    this.name = 'RendererUnavailableError';
  }
}
