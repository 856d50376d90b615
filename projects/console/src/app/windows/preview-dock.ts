import { Injectable, computed, inject } from '@angular/core';

import { PreferencesStore } from '@broadcast-core/preferences';

import { ConsoleWindows } from './console-windows';

/**
 * Where the local preview lives: docked inside the control panel or popped out
 * into its own window. The camera keeps running either way; only the view moves.
 */
@Injectable({ providedIn: 'root' })
export class PreviewDock {
  private readonly preferences = inject(PreferencesStore);
  private readonly windows = inject(ConsoleWindows);

  /** True while the preview is shown inside the control panel. */
  readonly docked = computed(() => this.preferences.value().previewDocked);

  /** Shows the preview in the control panel and closes its window. */
  dock(): void {
    this.preferences.set({ previewDocked: true });
    this.windows.close('preview');
  }

  /** Moves the preview to its own window. */
  popOut(): void {
    this.preferences.set({ previewDocked: false });
    this.windows.open('preview');
  }

  /** Records that the preview's window was opened by other means (the desktop app's display controls). */
  poppedOut(): void {
    this.preferences.set({ previewDocked: false });
  }

  /** Docks when popped out, pops out when docked. */
  toggle(): void {
    if (this.docked()) this.popOut();
    else this.dock();
  }
}
