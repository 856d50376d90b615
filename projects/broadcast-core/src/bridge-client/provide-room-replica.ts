import { DOCUMENT, inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { provideStore } from '@ngrx/store';

import { DESKTOP_API } from '../desktop/desktop-api-token';
import { ROOM_FEATURES, replicaMetaReducer } from '../room-state';
import { BridgeClient } from './bridge-client';
import { BRIDGE_TRANSPORT } from './bridge-transport';
import { ElectronTransport } from './electron-transport';
import { WebSocketTransport, bridgeUrl } from './websocket-transport';

/**
 * Makes a window's store a replica of the broker's room state and connects the bridge at start: over the
 * desktop app's preload when the window runs there, else the browser host's WebSocket.
 */
export function provideRoomReplica(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideStore(ROOM_FEATURES, { metaReducers: [replicaMetaReducer] }),
    {
      provide: BRIDGE_TRANSPORT,
      useFactory: () => {
        const desktop = inject(DESKTOP_API);
        const document = inject(DOCUMENT);
        return desktop && document.defaultView
          ? new ElectronTransport(desktop, document.defaultView as never)
          : new WebSocketTransport(bridgeUrl(document.location));
      },
    },
    provideAppInitializer(() => {
      inject(BridgeClient);
    }),
  ]);
}
