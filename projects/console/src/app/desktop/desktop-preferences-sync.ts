import { DestroyRef, Injectable, effect, inject, makeEnvironmentProviders, provideAppInitializer, signal, type EnvironmentProviders } from '@angular/core';

import { DESKTOP_API, type SavedPreferences } from '@broadcast-core/desktop';
import { PreferencesStore } from '@broadcast-core/preferences';

/**
 * In the desktop app, keeps the console's language and token URL in the settings file as well as in the
 * windows' storage: what the file holds wins when the console loads (it may have been edited, or the
 * storage cleared), and every later change is saved back. Nothing is saved before the file's values came,
 * so a fresh window never overwrites them with its defaults. In a browser it does nothing.
 */
@Injectable({ providedIn: 'root' })
export class DesktopPreferencesSync {
  /** The values the settings file holds, as far as this window knows; null until the main process said. */
  private readonly saved = signal<SavedPreferences | null>(null);

  constructor() {
    const api = inject(DESKTOP_API);
    if (!api) return;
    const preferences = inject(PreferencesStore);
    const stop = api.windows.onEvent((event) => {
      if (event.type !== 'savedPreferences') return;
      this.saved.set(event.preferences);
      preferences.set(event.preferences);
    });
    inject(DestroyRef).onDestroy(stop);
    effect(() => {
      const saved = this.saved();
      const { language, tokenUrl } = preferences.value();
      if (!saved || (saved.language === language && saved.tokenUrl === tokenUrl)) return;
      this.saved.set({ language, tokenUrl });
      void api.windows.request({ type: 'savePreferences', language, tokenUrl });
    });
  }
}

/** Starts the sync with the app, before the main process can tell the console its saved preferences. */
export function provideDesktopPreferencesSync(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => void inject(DesktopPreferencesSync))]);
}
