import type { Subscription } from 'rxjs';

import type { MessageEnd, ViewerToEngine } from '../engine/contract';
import type { EngineSupervisor } from '../broker/engine-supervisor';
import type { ViewerRouting } from '../broker/viewer-routing';
import type { FrameReleasingLink } from '../broker/window-budget';

/** Written-out frame buffers kept per window to ride back on its acks (about two per stream it shows); past this they are let go. */
export const MAX_RETURNING_BUFFERS = 32;

/** The bytes of those buffers a window may keep here: ten streams of frames in flight, 1080p among them, fit. */
export const MAX_RETURNING_BYTES = 24 * 1024 * 1024;

/** Frame buffers a window's transport is done with, waiting to ride back to the engine on the window's acks. */
class ReturningBuffers {
  private buffers: ArrayBuffer[] = [];
  /** Sizes as they came: a buffer moved meanwhile reads as empty. */
  private sizes: number[] = [];
  private bytes = 0;

  /** Keeps a buffer, unless that passes the bounds: then it is left to the GC (the engine allocates instead). */
  keep(buffer: ArrayBuffer): void {
    if (this.buffers.length >= MAX_RETURNING_BUFFERS || this.bytes + buffer.byteLength > MAX_RETURNING_BYTES) return;
    this.buffers.push(buffer);
    this.sizes.push(buffer.byteLength);
    this.bytes += buffer.byteLength;
  }

  /**
   * The most recently kept buffer (the likeliest still in cache when the engine writes into it), or none.
   * One moved already (empty) is skipped, so a link that released a frame twice cannot break a post.
   */
  take(): ArrayBuffer | undefined {
    for (let buffer = this.buffers.pop(); buffer; buffer = this.buffers.pop()) {
      this.bytes -= this.sizes.pop() ?? 0;
      if (buffer.byteLength > 0) return buffer;
    }
    return undefined;
  }

  /** Lets go of them all (their engine is gone). */
  clear(): void {
    this.buffers = [];
    this.sizes = [];
    this.bytes = 0;
  }
}

interface Viewer {
  link: FrameReleasingLink;
  /** What the window shows, so a fresh engine can be told again. */
  streams: Set<ViewerToEngine['stream']>;
  port: MessageEnd<Uint8Array, ViewerToEngine> | null;
  stopListening: () => void;
  /** Buffers of frames from the engine running now. */
  returning: ReturningBuffers;
}

/**
 * Gives each window its own frame channel to the engine side, for a host whose windows reach the broker
 * over one connection (the browser host's WebSocket): the window's subscriptions and acks go down the
 * channel, and frames come back up it to be sent on. Frames are moved, not copied, and never routed here.
 * Once the transport is done with a frame's buffer, it goes back to the engine for reuse, moved with the
 * window's next ack: one message per frame down the channel, as before. When the engine is replaced,
 * every window gets a channel to the new one with its subscriptions replayed.
 */
export class ViewerRelay implements ViewerRouting {
  private readonly viewers = new Map<string, Viewer>();
  private readonly subscription: Subscription;

  constructor(private readonly supervisor: EngineSupervisor) {
    this.subscription = supervisor.notices$.subscribe((notice) => {
      if (notice.kind === 'started') for (const [windowId, viewer] of this.viewers) this.attach(windowId, viewer);
      if (notice.kind === 'lost') for (const viewer of this.viewers.values()) this.detach(viewer);
    });
  }

  open(windowId: string, link: FrameReleasingLink): void {
    const viewer: Viewer = { link, streams: new Set(), port: null, stopListening: () => {}, returning: new ReturningBuffers() };
    this.viewers.set(windowId, viewer);
    this.attach(windowId, viewer);
  }

  message(windowId: string, message: ViewerToEngine): void {
    const viewer = this.viewers.get(windowId);
    if (!viewer) return;
    if (message.t === 'subscribe') viewer.streams.add(message.stream);
    if (message.t === 'unsubscribe') viewer.streams.delete(message.stream);
    const buffer = message.t === 'frame-ack' && viewer.port ? viewer.returning.take() : undefined;
    if (buffer) viewer.port?.post({ t: 'frame-ack', stream: message.stream, buffer }, [buffer]);
    else viewer.port?.post(message);
  }

  close(windowId: string): void {
    const viewer = this.viewers.get(windowId);
    if (!viewer) return;
    this.viewers.delete(windowId);
    this.detach(viewer);
    this.supervisor.closeViewer(windowId);
  }

  /** Stops relaying for every window. */
  dispose(): void {
    this.subscription.unsubscribe();
    for (const viewer of this.viewers.values()) this.detach(viewer);
    this.viewers.clear();
  }

  private attach(windowId: string, viewer: Viewer): void {
    const port = this.supervisor.openViewer(windowId);
    if (!port) return;
    viewer.port = port;
    // One function per channel, not per frame; a buffer written out after this engine is gone is let go.
    const released = (bytes: Uint8Array) => {
      if (viewer.port === port) viewer.returning.keep(bytes.buffer as ArrayBuffer);
    };
    viewer.stopListening = port.listen((bytes) => viewer.link.sendFrame(bytes, released));
    for (const stream of viewer.streams) port.post({ t: 'subscribe', stream });
  }

  private detach(viewer: Viewer): void {
    viewer.stopListening();
    viewer.port?.close();
    viewer.port = null;
    viewer.returning.clear();
  }
}
