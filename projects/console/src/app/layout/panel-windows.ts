import { DOCUMENT, DestroyRef, Injectable, computed, inject } from '@angular/core';

import { PreferencesStore } from '@broadcast-core/preferences';

import { PANEL_PARAM } from './popped-panel-id';

/** How often a popped window this one opened is checked for having been closed. */
const CLOSED_CHECK_MS = 500;

/**
 * Pops panels out into windows of their own and docks them back. A popped window is the console app on
 * one panel, opened with this window's own token (its panels send commands, so it needs the same scope):
 * another replica on the bridge. Which panels are out is window-local UI state, shared through preferences.
 */
@Injectable({ providedIn: 'root' })
export class PanelWindows {
  private readonly document = inject(DOCUMENT);
  private readonly preferences = inject(PreferencesStore);
  private readonly handles = new Map<string, Window>();
  private readonly watches = new Set<ReturnType<typeof setInterval>>();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.watches.forEach((timer) => clearInterval(timer)));
  }

  /** The panels shown in their own windows. */
  readonly popped = computed(() => this.preferences.value().poppedPanels);

  /** True while the panel is in a window of its own. */
  isPopped(id: string): boolean {
    return this.popped().includes(id);
  }

  /** Opens the panel in its own window (or focuses it) and leaves a place in its dock. */
  popOut(id: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const query = new URLSearchParams(view.location.search);
    query.set(PANEL_PARAM, id);
    const opened = view.open(`/?${query.toString()}`, `broadcaster-panel-${id}`, 'popup,width=520,height=760');
    if (!opened) return;
    this.handles.set(id, opened);
    this.markPopped(id, true);
    opened.focus();
    this.dockBackWhenClosed(id, opened);
  }

  /** Puts the panel back in its dock and closes its window when this window opened it. */
  dockBack(id: string): void {
    this.markPopped(id, false);
    this.handles.get(id)?.close();
    this.handles.delete(id);
  }

  /**
   * Docks the panel back once its window is closed. The window says so itself on pagehide, but one closed
   * before its app started never could: this window watches the handle it holds.
   */
  private dockBackWhenClosed(id: string, opened: Window): void {
    const timer = setInterval(() => {
      if (!opened.closed) return;
      clearInterval(timer);
      this.watches.delete(timer);
      if (this.handles.get(id) === opened) this.dockBack(id);
    }, CLOSED_CHECK_MS);
    this.watches.add(timer);
  }

  /** Records whether the panel is out: the popped window says so itself when it opens, closes or reloads. */
  markPopped(id: string, popped: boolean): void {
    const others = this.popped().filter((other) => other !== id);
    this.preferences.set({ poppedPanels: popped ? [...others, id] : others });
  }
}
