import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';

import { provideRoomReplica } from '@broadcast-core/bridge-client';
import { provideTranslations } from '@broadcast-core/i18n';

import { routes } from './app.routes';

/** Root providers of the preview and wall windows: zoneless, routed, replicating the broker's room state. */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideRoomReplica(),
    ...provideTranslations([]),
  ],
};
