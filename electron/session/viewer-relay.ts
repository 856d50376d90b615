import type { Subscription } from 'rxjs';

import type { MessageEnd, ViewerToEngine } from '../engine/contract';
import type { EngineSupervisor } from '../broker/engine-supervisor';
import type { ViewerRouting } from '../broker/viewer-routing';
import type { WindowLink } from '../broker/window-link';

interface Viewer {
  sendFrame: (bytes: Uint8Array) => void;
  /** What the window shows, so a fresh engine can be told again. */
  streams: Set<ViewerToEngine['stream']>;
  port: MessageEnd<Uint8Array, ViewerToEngine> | null;
  stopListening: () => void;
}

/**
 * Gives each window its own frame channel to the engine side, for a host whose windows reach the broker
 * over one connection (the browser host's WebSocket): the window's subscriptions and acks go down the
 * channel, and frames come back up it to be sent on. Frames are moved, not copied, and never routed here.
 * When the engine is replaced, every window gets a channel to the new one with its subscriptions replayed.
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

  open(windowId: string, link: WindowLink): void {
    const viewer: Viewer = { sendFrame: (bytes) => link.sendFrame(bytes), streams: new Set(), port: null, stopListening: () => {} };
    this.viewers.set(windowId, viewer);
    this.attach(windowId, viewer);
  }

  message(windowId: string, message: ViewerToEngine): void {
    const viewer = this.viewers.get(windowId);
    if (!viewer) return;
    if (message.t === 'subscribe') viewer.streams.add(message.stream);
    if (message.t === 'unsubscribe') viewer.streams.delete(message.stream);
    viewer.port?.post(message);
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
    viewer.stopListening = port.listen((bytes) => viewer.sendFrame(bytes));
    for (const stream of viewer.streams) port.post({ t: 'subscribe', stream });
  }

  private detach(viewer: Viewer): void {
    viewer.stopListening();
    viewer.port?.close();
    viewer.port = null;
  }
}
