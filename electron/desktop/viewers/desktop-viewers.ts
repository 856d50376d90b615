import type { Subscription } from 'rxjs';

import type { EngineSupervisor } from '../../broker/engine-supervisor';
import type { ViewerRouting } from '../../broker/viewer-routing';
import type { WindowLink } from '../../broker/window-link';
import type { EngineProcess } from '../../engine/contract';

/** The engine process capability this routing needs: a viewer's far end, to hand to its window. */
export interface ViewerConnecting {
  connectViewer(viewerId: string): unknown;
}

/**
 * Frame routing for the desktop app: every window gets its own port straight to the engine window, so
 * frames (and the window's subscriptions and acks) never pass through the main process. When the engine
 * is replaced, every window gets a port to the new one; the window's transport subscribes again on it.
 */
export class DesktopViewers implements ViewerRouting {
  private readonly links = new Map<string, WindowLink>();
  private readonly subscription: Subscription;

  constructor(private readonly supervisor: EngineSupervisor<ViewerConnecting & EngineProcess>) {
    this.subscription = supervisor.notices$.subscribe((notice) => {
      if (notice.kind === 'started') for (const [windowId, link] of this.links) this.connect(windowId, link);
    });
  }

  open(windowId: string, link: WindowLink): void {
    this.links.set(windowId, link);
    this.connect(windowId, link);
  }

  /** Desktop windows speak to the engine on their own port; a frame message that came the long way changes nothing. */
  message(): void {}

  close(windowId: string): void {
    if (!this.links.delete(windowId)) return;
    this.supervisor.closeViewer(windowId);
  }

  /** Stops handing out ports. */
  dispose(): void {
    this.subscription.unsubscribe();
    this.links.clear();
  }

  private connect(windowId: string, link: WindowLink): void {
    const process = this.supervisor.process;
    if (!process || !link.deliverFramePort) return;
    link.deliverFramePort(process.connectViewer(windowId));
  }
}
