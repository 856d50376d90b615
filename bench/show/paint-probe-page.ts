// Runs in the preview and wall pages (bundled by esbuild, added as an init script before the app starts): the
// VideoViews' FramePaintProbe. Per stream it counts frames drawn and times each from the engine's frame
// timestamp to the end of the animation frame that drew it (a message posted from inside that animation
// frame runs once its rendering update, style to paint and commit, is done).
import type { DecodedFrame } from '../../projects/broadcast-core/src/bridge/frame-codec';
import type { FramePaintProbe } from '../../projects/broadcast-core/src/video-view/frame-paint-probe';
import type { RendererKind } from '../../projects/broadcast-core/src/video-view/i420-renderer';

/** What one stream's views did since the last reset. */
export interface StreamPaints {
  /** Frames drawn. */
  frames: number;
  /** Per frame: the page's clock at paint minus the engine's timestamp, ms (clocks not yet aligned). */
  latencies: number[];
  /** Per frame: at the end of the draw call, the same way. */
  drawLatencies: number[];
  /** Frames skipped by the window (frame numbers jumped). */
  skipped: number;
  /** The renderer of the last frame. */
  renderer: RendererKind;
  width: number;
  height: number;
}

/** What a page reports. */
export interface PageReport {
  /** Milliseconds since the last reset, on the page's clock. */
  ms: number;
  /** Per stream, per frame message: the page's clock when the bridge socket dispatched it minus the engine's timestamp. */
  arrivals: Record<string, number[]>;
  /** Animation frames that drew at least one video frame. */
  paintTurns: number;
  streams: Record<string, StreamPaints>;
}

const now = () => performance.timeOrigin + performance.now();

let streams = new Map<string, StreamPaints>();
let arrivals = new Map<string, number[]>();
const lastFrameNo = new Map<string, number>();
let since = now();
let paintTurns = 0;
/** Draws of the current animation frame, waiting for its rendering update to finish: [stream, timestamp]. */
let pending: [StreamPaints, number][] = [];
const afterPaint = new MessageChannel();
afterPaint.port1.onmessage = () => {
  const at = now();
  paintTurns++;
  for (const [s, timestamp] of pending) s.latencies.push(at - timestamp);
  pending = [];
};

const probe: FramePaintProbe = {
  drawn(frame: DecodedFrame, renderer: RendererKind): void {
    const at = now();
    let s = streams.get(frame.stream);
    if (!s) streams.set(frame.stream, (s = { frames: 0, latencies: [], drawLatencies: [], skipped: 0, renderer, width: 0, height: 0 }));
    const last = lastFrameNo.get(frame.stream);
    if (last !== undefined && frame.frameNo > last + 1) s.skipped += frame.frameNo - last - 1;
    lastFrameNo.set(frame.stream, frame.frameNo);
    s.frames++;
    s.renderer = renderer;
    s.width = frame.width;
    s.height = frame.height;
    s.drawLatencies.push(at - frame.timestamp);
    if (pending.length === 0) afterPaint.port2.postMessage(null);
    pending.push([s, frame.timestamp]);
  },
};

// Frame messages as the page receives them: a listener added when the socket is made runs before the app's onmessage.
const keys = new TextDecoder();
const NativeWebSocket = WebSocket;
globalThis.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    this.addEventListener('message', (event: MessageEvent) => {
      if (!(event.data instanceof ArrayBuffer) || event.data.byteLength < 32) return;
      const header = new DataView(event.data, 0, 32);
      const stream = keys.decode(new Uint8Array(event.data, 32, header.getUint16(2, true)));
      let list = arrivals.get(stream);
      if (!list) arrivals.set(stream, (list = []));
      list.push(now() - header.getFloat64(16, true));
    });
  }
};

/** The benchmark's handle on the page (through Runtime.evaluate). */
export const showProbe = {
  /** Starts a fresh measuring window. */
  reset(): void {
    streams = new Map();
    arrivals = new Map();
    pending = [];
    paintTurns = 0;
    since = now();
  },
  /** What happened since the last reset. */
  read(): PageReport {
    return { ms: now() - since, paintTurns, streams: Object.fromEntries(streams), arrivals: Object.fromEntries(arrivals) };
  },
  /** The page's clock: timeOrigin + now, ms since the epoch. */
  clock: now,
};

Object.assign(globalThis, { bcFramePaintProbe: probe, showProbe });
