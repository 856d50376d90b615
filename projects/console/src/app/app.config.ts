import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';

import { provideRoomReplica } from '@broadcast-core/bridge-client';
import { provideTranslations } from '@broadcast-core/i18n';

import { CONSOLE_TRANSLATIONS } from './console-translations';

/** Root providers of the control panel: zoneless, and a store that replicates the broker's room state. */
export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), provideRoomReplica(), ...provideTranslations(CONSOLE_TRANSLATIONS)],
};
