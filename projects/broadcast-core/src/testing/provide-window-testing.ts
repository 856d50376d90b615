import { provideZonelessChangeDetection, type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Store, provideStore, type Action } from '@ngrx/store';

import { BridgeClient } from '../bridge-client/bridge-client';
import { provideTranslations } from '../i18n/provide-translations';
import type { TranslationBundle } from '../i18n/translation-bundle';
import { PREFERENCES_STORAGE } from '../preferences/preferences-storage';
import { ROOM_FEATURES } from '../room-state';
import { FakeBridgeClient } from './fake-bridge-client';
import { MemoryStorage } from './memory-storage';

/** What a component spec gets to drive and observe. */
export interface WindowTesting {
  bridge: FakeBridgeClient;
  storage: MemoryStorage;
  /** Applies room actions as the broker would send them. */
  apply(...actions: Action[]): void;
}

/**
 * Configures TestBed like a console window: zoneless, the real room reducer,
 * real translations (English unless stored otherwise), a fake bridge and
 * in-memory preferences. Call before creating the component.
 */
export function setUpWindowTesting(bundles: readonly TranslationBundle[] = [], extra: (Provider | EnvironmentProviders)[] = []): WindowTesting {
  const bridge = new FakeBridgeClient();
  const storage = new MemoryStorage();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideStore(ROOM_FEATURES),
      { provide: BridgeClient, useValue: bridge },
      { provide: PREFERENCES_STORAGE, useValue: storage },
      ...provideTranslations(bundles),
      ...extra,
    ],
  });
  return {
    bridge,
    storage,
    apply: (...actions) => {
      const store = TestBed.inject(Store);
      for (const action of actions) store.dispatch(action);
    },
  };
}
