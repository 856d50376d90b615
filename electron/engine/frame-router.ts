import { decodeFrame, encodeFrame, encodedFrameLength, type StreamKey } from '@broadcast-core/bridge';

import type { EngineFrame } from './contract';
import { FramePool, type FrameBufferCounts } from './frame-pool';

/**
 * Hands one encoded frame message to a viewer. The router gives up the buffer: the sink may move it to
 * another thread or process (a transfer) instead of copying it.
 */
export type FrameSink = (bytes: Uint8Array) => void;

interface Route {
  inFlight: number;
  /** The newest frame that could not be sent yet, in a buffer this route owns; a newer one overwrites it. */
  pending: Uint8Array | null;
  /** The number of the pending frame. */
  pendingNo: number;
  /** Buffers the viewer gave back, for the next frames. */
  pool: FramePool;
  sent: number;
  dropped: number;
}

interface Viewer {
  sink: FrameSink;
  routes: Map<StreamKey, Route>;
}

/** Delivery figures of one (viewer, stream) pair. */
export interface RouteStats {
  sent: number;
  dropped: number;
  inFlight: number;
}

/** Frame buffers made and reused by a router, and the bytes its pools hold for reuse. */
export interface FrameBufferStats extends FrameBufferCounts {
  pooledBytes: number;
}

/**
 * Routes frames from the engine to the viewers (windows) that show each stream, on the engine's side of
 * the boundary. Every (viewer, stream) pair has at most `maxInFlight` unacknowledged frames; beyond that
 * only the newest frame waits, so a slow viewer never builds a queue or slows the others. Each frame is
 * copied out of the SDK's reused buffer at most once per viewer, and that copy is handed over, not kept;
 * a viewer may give the buffer back (`reclaim`) for a later frame of the same pair.
 */
export class FrameRouter {
  private readonly viewers = new Map<string, Viewer>();
  /** Viewer count per stream, to tell the engine which streams to pull. */
  private readonly audience = new Map<StreamKey, number>();
  /** Frames published per stream while someone watches; forgotten with the stream's last viewer. */
  private readonly frameNumbers = new Map<StreamKey, number>();
  /** Buffers made and reused, over every pool this router had. */
  private readonly bufferCounts: FrameBufferCounts = { allocated: 0, reused: 0 };

  constructor(
    private readonly maxInFlight = 2,
    /** Told when a stream gains its first viewer or loses its last, so the engine pulls only what is shown. */
    private readonly onDemandChange: (stream: StreamKey, wanted: boolean) => void = () => {},
  ) {}

  /** A viewer attached: frames for it go to `sink`. Replaces a viewer of the same id. */
  attach(viewerId: string, sink: FrameSink): void {
    this.detach(viewerId);
    this.viewers.set(viewerId, { sink, routes: new Map() });
  }

  /** A viewer went away: its subscriptions end. */
  detach(viewerId: string): void {
    const viewer = this.viewers.get(viewerId);
    if (!viewer) return;
    for (const stream of [...viewer.routes.keys()]) this.unsubscribe(viewerId, stream);
    this.viewers.delete(viewerId);
  }

  /** Starts sending a stream's frames to a viewer; false when the viewer is not attached. */
  subscribe(viewerId: string, stream: StreamKey): boolean {
    const viewer = this.viewers.get(viewerId);
    if (!viewer) return false;
    if (viewer.routes.has(stream)) return true;
    viewer.routes.set(stream, { inFlight: 0, pending: null, pendingNo: 0, pool: new FramePool(this.bufferCounts), sent: 0, dropped: 0 });
    const count = (this.audience.get(stream) ?? 0) + 1;
    this.audience.set(stream, count);
    if (count === 1) this.onDemandChange(stream, true);
    return true;
  }

  /** Stops sending a stream to a viewer. */
  unsubscribe(viewerId: string, stream: StreamKey): void {
    if (!this.viewers.get(viewerId)?.routes.delete(stream)) return;
    const count = (this.audience.get(stream) ?? 1) - 1;
    if (count > 0) {
      this.audience.set(stream, count);
      return;
    }
    this.audience.delete(stream);
    this.frameNumbers.delete(stream);
    this.onDemandChange(stream, false);
  }

  /** True when some viewer shows the stream. */
  wants(stream: StreamKey): boolean {
    return this.audience.has(stream);
  }

  /** Offers a frame (still in the engine's buffer) to every viewer of its stream. */
  publish(frame: EngineFrame): void {
    if (!this.audience.has(frame.stream)) return;
    const frameNo = (this.frameNumbers.get(frame.stream) ?? 0) + 1;
    this.frameNumbers.set(frame.stream, frameNo);
    const info = { stream: frame.stream, width: frame.width, height: frame.height, rotation: frame.rotation, timestamp: frame.timestamp, frameNo };
    const length = encodedFrameLength(frame.stream, frame.data.length);
    for (const viewer of this.viewers.values()) {
      const route = viewer.routes.get(frame.stream);
      if (!route) continue;
      if (route.inFlight < this.maxInFlight) {
        this.send(viewer, route, encodeFrame(info, frame.data, route.pool.take(length)), frameNo);
        continue;
      }
      if (route.pending) route.dropped++;
      // Reuse the waiting buffer when the size still fits: a stalled viewer costs no allocation per frame.
      const target = route.pending?.length === length ? route.pending : route.pool.take(length);
      route.pending = encodeFrame(info, frame.data, target);
      route.pendingNo = frameNo;
    }
  }

  /** A viewer drew a frame of this stream: frees a slot and sends the newest waiting frame. */
  ack(viewerId: string, stream: StreamKey): void {
    const viewer = this.viewers.get(viewerId);
    const route = viewer?.routes.get(stream);
    if (!viewer || !route || route.inFlight === 0) return;
    route.inFlight--;
    if (route.pending) {
      const next = route.pending;
      route.pending = null;
      this.send(viewer, route, next, route.pendingNo);
    }
  }

  /**
   * A viewer gave a frame's buffer back: kept for a later frame of the pair its header names, when that
   * pair lent it and has not had it back. Anything else (returned twice, foreign, malformed, of a pair
   * gone) is left to the GC. True when kept.
   */
  reclaim(viewerId: string, buffer: ArrayBuffer): boolean {
    const bytes = new Uint8Array(buffer);
    const frame = decodeFrame(bytes);
    const route = frame && this.viewers.get(viewerId)?.routes.get(frame.stream);
    return route ? route.pool.giveBack(frame.frameNo, bytes) : false;
  }

  /** Frame buffers made and reused so far, and the bytes kept for reuse now. */
  bufferStats(): FrameBufferStats {
    let pooledBytes = 0;
    for (const viewer of this.viewers.values()) for (const route of viewer.routes.values()) pooledBytes += route.pool.bytes();
    return { ...this.bufferCounts, pooledBytes };
  }

  /** Delivery figures for a pair, or null when it is not subscribed. */
  stats(viewerId: string, stream: StreamKey): RouteStats | null {
    const route = this.viewers.get(viewerId)?.routes.get(stream);
    return route ? { sent: route.sent, dropped: route.dropped, inFlight: route.inFlight } : null;
  }

  /** Bytes held for viewers that are behind (one waiting frame per pair at most). */
  heldBytes(): number {
    let bytes = 0;
    for (const viewer of this.viewers.values()) for (const route of viewer.routes.values()) bytes += route.pending?.byteLength ?? 0;
    return bytes;
  }

  private send(viewer: Viewer, route: Route, bytes: Uint8Array, frameNo: number): void {
    route.inFlight++;
    route.sent++;
    route.pool.lend(frameNo);
    viewer.sink(bytes);
  }
}
