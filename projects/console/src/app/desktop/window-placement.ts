import { Injectable, inject } from '@angular/core';

import type { DesktopWindow, WindowMode } from '@broadcast-core/desktop';

import { PreviewDock } from '../windows/preview-dock';
import { DesktopLayoutStore, type DesktopOutcome } from './desktop-layout-store';

/** Puts a window on a display, in a mode, through the desktop app's window manager. */
@Injectable({ providedIn: 'root' })
export class WindowPlacement {
  private readonly store = inject(DesktopLayoutStore);
  private readonly dock = inject(PreviewDock);

  /** Places the window (opening it when closed); a placed preview is popped out of the control panel. */
  async place(window: DesktopWindow, displayId: number, mode: WindowMode): Promise<DesktopOutcome> {
    const outcome = await this.store.request({ type: 'placeWindow', window, displayId, mode });
    // The main process opened the preview's window: the panel must not show it docked as well.
    if (outcome.ok && window === 'preview') this.dock.poppedOut();
    return outcome;
  }
}
