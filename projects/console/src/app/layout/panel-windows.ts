import { DOCUMENT, Injectable, computed, inject } from '@angular/core';

import { PreferencesStore } from '@broadcast-core/preferences';

import { PANEL_PARAM } from './popped-panel-id';

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
  }

  /** Puts the panel back in its dock and closes its window when this window opened it. */
  dockBack(id: string): void {
    this.markPopped(id, false);
    this.handles.get(id)?.close();
    this.handles.delete(id);
  }

  /** Records whether the panel is out: the popped window says so itself when it opens, closes or reloads. */
  markPopped(id: string, popped: boolean): void {
    const others = this.popped().filter((other) => other !== id);
    this.preferences.set({ poppedPanels: popped ? [...others, id] : others });
  }
}
