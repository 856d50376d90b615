import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';

import { provideRoomReplica } from '@broadcast-core/bridge-client';
import { provideTranslations } from '@broadcast-core/i18n';

import { routes } from './app.routes';
import { PREVIEW_TRANSLATIONS } from './preview/preview-translations';
import { TranslatedTitleStrategy } from './translated-title';
import { WALL_TRANSLATIONS } from './wall/wall-translations';

/** Root providers of the preview and wall windows: zoneless, routed, replicating the broker's room state. */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideRoomReplica(),
    ...provideTranslations([PREVIEW_TRANSLATIONS, WALL_TRANSLATIONS]),
  ],
};
