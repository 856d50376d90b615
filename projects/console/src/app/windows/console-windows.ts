import { DOCUMENT, Injectable, inject } from '@angular/core';

import { BridgeClient } from '@broadcast-core/bridge-client';
import { DESKTOP_API } from '@broadcast-core/desktop';

import { DesktopLayoutStore } from '../desktop/desktop-layout-store';

/** The console's other windows. */
export type ConsoleWindowName = 'preview' | 'wall';

/**
 * Opens, focuses and closes the preview and wall windows. In the desktop app its window manager does it
 * (a window opens where it was last); in a browser each is a named window, so opening again focuses the
 * one already open instead of a copy.
 */
@Injectable({ providedIn: 'root' })
export class ConsoleWindows {
  private readonly document = inject(DOCUMENT);
  private readonly desktop = inject(DESKTOP_API) ? inject(DesktopLayoutStore) : null;
  private readonly handles = new Map<ConsoleWindowName, Window>();
  private readonly bridge = inject(BridgeClient);

  /** Opens the window, or focuses it when it is open. */
  open(name: ConsoleWindowName): void {
    if (this.desktop) {
      void this.desktop.request({ type: 'openWindow', window: name });
      return;
    }
    const { location, defaultView } = this.document;
    // The preview and the wall only watch: they get the view token, so they could never command even if
    // their page were compromised. Before the broker said hello, this page's own token will do.
    const viewToken = this.bridge.viewToken();
    const query = viewToken ? `?token=${encodeURIComponent(viewToken)}` : location.search;
    const opened = defaultView?.open(`/${name}${query}`, `broadcaster-${name}`);
    if (!opened) return;
    this.handles.set(name, opened);
    opened.focus();
  }

  /**
   * Closes the window. In a browser only a window this console opened in this session can be closed; one
   * the user opened by hand is left alone. A window already closed is no error in either.
   */
  close(name: ConsoleWindowName): void {
    if (this.desktop) {
      void this.desktop.request({ type: 'closeWindow', window: name });
      return;
    }
    this.handles.get(name)?.close();
    this.handles.delete(name);
  }
}
