import { DOCUMENT, Injectable, inject } from '@angular/core';

/** The console's other windows. */
export type ConsoleWindowName = 'preview' | 'wall';

/**
 * Opens, focuses and closes the preview and wall windows. Each is a named
 * window, so opening again focuses the one already open instead of a copy.
 */
@Injectable({ providedIn: 'root' })
export class ConsoleWindows {
  private readonly document = inject(DOCUMENT);
  private readonly handles = new Map<ConsoleWindowName, Window>();

  /** Opens the window, or focuses it when it is open. */
  open(name: ConsoleWindowName): void {
    const { location, defaultView } = this.document;
    // The page keeps the launch token so its bridge connection is accepted.
    const opened = defaultView?.open(`/${name}${location.search}`, `broadcaster-${name}`);
    if (!opened) return;
    this.handles.set(name, opened);
    opened.focus();
  }

  /** Closes the window if this console opened it in this session; a window the user opened by hand is left alone. */
  close(name: ConsoleWindowName): void {
    this.handles.get(name)?.close();
    this.handles.delete(name);
  }
}
