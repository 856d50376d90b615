import { DestroyRef, Injectable, effect, inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';

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
  private saved: SavedPreferences | null = null;

  constructor() {
    const api = inject(DESKTOP_API);
    if (!api) return;
    const preferences = inject(PreferencesStore);
    const stop = api.windows.onEvent((event) => {
      if (event.type !== 'savedPreferences') return;
      // Known before the preferences change, so the change they cause is not saved back.
      this.saved = event.preferences;
      preferences.set(event.preferences);
    });
    inject(DestroyRef).onDestroy(stop);
    effect(() => {
      const { language, tokenUrl } = preferences.value();
      const saved = this.saved;
      if (!saved || (saved.language === language && saved.tokenUrl === tokenUrl)) return;
      this.saved = { language, tokenUrl };
      void api.windows.request({ type: 'savePreferences', language, tokenUrl });
    });
  }
}

/** Starts the sync with the app, before the main process can tell the console its saved preferences. */
export function provideDesktopPreferencesSync(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => void inject(DesktopPreferencesSync))]);
}
