import { DOCUMENT, inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { provideStore } from '@ngrx/store';

import { ROOM_FEATURES, replicaMetaReducer } from '../room-state';
import { BridgeClient } from './bridge-client';
import { BRIDGE_TRANSPORT } from './bridge-transport';
import { WebSocketTransport, bridgeUrl } from './websocket-transport';

/**
 * Makes a window's store a replica of the broker's room state and connects the
 * bridge at start. The browser host's WebSocket transport is the default.
 */
export function provideRoomReplica(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideStore(ROOM_FEATURES, { metaReducers: [replicaMetaReducer] }),
    {
      provide: BRIDGE_TRANSPORT,
      useFactory: () => new WebSocketTransport(bridgeUrl(inject(DOCUMENT).location)),
    },
    provideAppInitializer(() => {
      inject(BridgeClient);
    }),
  ]);
}
