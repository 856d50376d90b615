import type { SavedPreferences } from '@broadcast-core/desktop';

import type { SettingsStore } from './settings-store';

/**
 * Keeps a window's language and token URL in the settings file. Values the file already holds are not
 * written again (the console echoes back what it was told at load). A failed save is logged and leaves the
 * file as it was; the window keeps the change in its own storage. Resolves once saved or given up.
 */
export async function savePreferences(settings: SettingsStore, preferences: SavedPreferences, log: (message: string) => void = console.error): Promise<void> {
  const { language, tokenUrl } = settings.current;
  if (language === preferences.language && tokenUrl === preferences.tokenUrl) return;
  try {
    await settings.update({ language: preferences.language, tokenUrl: preferences.tokenUrl });
  } catch (err) {
    log(`Could not save the language and token URL to ${settings.path}: ${(err as Error).message}`);
  }
}
