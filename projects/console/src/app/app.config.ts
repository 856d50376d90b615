import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';

import { provideRoomReplica } from '@broadcast-core/bridge-client';
import { provideTranslations } from '@broadcast-core/i18n';

import { CONSOLE_TRANSLATIONS } from './console-translations';
import { provideDesktopPreferencesSync } from './desktop/desktop-preferences-sync';

/** Root providers of the control panel: zoneless, a store that replicates the broker's room state, and (in the desktop app) preferences kept in its settings file. */
export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), provideRoomReplica(), provideDesktopPreferencesSync(), ...provideTranslations(CONSOLE_TRANSLATIONS)],
};
