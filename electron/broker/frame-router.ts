import type { StreamKey } from '@broadcast-core/bridge';

/** Delivers one encoded frame message to one window. */
export type FrameSink = (bytes: Uint8Array) => void;

interface Subscription {
  sink: FrameSink;
  inFlight: number;
  /** The newest frame that could not be sent yet; a newer one replaces it. */
  pending: Uint8Array | null;
  sent: number;
  dropped: number;
}

/** Delivery figures of one (window, stream) pair. */
export interface RouteStats {
  sent: number;
  dropped: number;
  inFlight: number;
}

/**
 * Routes frames to the windows that show each stream. Every (window, stream)
 * pair has at most `maxInFlight` unacknowledged frames; beyond that only the
 * newest frame waits, so a slow window never builds a queue or slows the others.
 */
export class FrameRouter {
  private readonly routes = new Map<StreamKey, Map<string, Subscription>>();

  constructor(
    private readonly maxInFlight = 2,
    /** Told when a stream gains its first viewer or loses its last, so the engine pulls only what is shown. */
    private readonly onDemandChange: (stream: StreamKey, wanted: boolean) => void = () => {},
  ) {}

  /** Starts sending a stream's frames to a window. */
  subscribe(windowId: string, stream: StreamKey, sink: FrameSink): void {
    let viewers = this.routes.get(stream);
    if (!viewers) {
      viewers = new Map();
      this.routes.set(stream, viewers);
      this.onDemandChange(stream, true);
    }
    if (!viewers.has(windowId)) viewers.set(windowId, { sink, inFlight: 0, pending: null, sent: 0, dropped: 0 });
  }

  /** Stops sending a stream to a window. */
  unsubscribe(windowId: string, stream: StreamKey): void {
    const viewers = this.routes.get(stream);
    if (!viewers?.delete(windowId) || viewers.size > 0) return;
    this.routes.delete(stream);
    this.onDemandChange(stream, false);
  }

  /** Drops every subscription of a window that went away. */
  removeWindow(windowId: string): void {
    for (const [stream, viewers] of [...this.routes]) if (viewers.has(windowId)) this.unsubscribe(windowId, stream);
  }

  /** True when some window shows the stream. */
  wants(stream: StreamKey): boolean {
    return this.routes.has(stream);
  }

  /** Offers a frame to every viewer of its stream; `encode` runs at most once, and only if someone takes it. */
  publish(stream: StreamKey, encode: () => Uint8Array): void {
    const viewers = this.routes.get(stream);
    if (!viewers) return;
    let bytes: Uint8Array | undefined;
    for (const sub of viewers.values()) {
      bytes ??= encode();
      if (sub.inFlight < this.maxInFlight) this.send(sub, bytes);
      else {
        if (sub.pending) sub.dropped++;
        sub.pending = bytes;
      }
    }
  }

  /** A window drew a frame of this stream: frees a slot and sends the newest waiting frame. */
  ack(windowId: string, stream: StreamKey): void {
    const sub = this.routes.get(stream)?.get(windowId);
    if (!sub || sub.inFlight === 0) return;
    sub.inFlight--;
    if (sub.pending) {
      const next = sub.pending;
      sub.pending = null;
      this.send(sub, next);
    }
  }

  /** Delivery figures for a pair, or null when it is not subscribed. */
  stats(windowId: string, stream: StreamKey): RouteStats | null {
    const sub = this.routes.get(stream)?.get(windowId);
    return sub ? { sent: sub.sent, dropped: sub.dropped, inFlight: sub.inFlight } : null;
  }

  private send(sub: Subscription, bytes: Uint8Array): void {
    sub.inFlight++;
    sub.sent++;
    sub.sink(bytes);
  }
}
