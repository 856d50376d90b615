import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { PREFERENCES_KEY, PREFERENCES_STORAGE, PreferencesStore } from '@broadcast-core/preferences';
import { MemoryStorage } from '@broadcast-core/testing/memory-storage';

import { DesktopPreferencesSync } from './desktop-preferences-sync';
import { FakeDesktopApi, provideFakeDesktopApi } from './testing/fake-desktop-api';

describe('DesktopPreferencesSync', () => {
  let api: FakeDesktopApi;
  let storage: MemoryStorage;

  /** The window as it starts: storage holding `stored`, the sync started with the app. */
  const start = (stored: object = {}) => {
    storage.setItem(PREFERENCES_KEY, JSON.stringify(stored));
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideFakeDesktopApi(api), { provide: PREFERENCES_STORAGE, useValue: storage }] });
    TestBed.inject(DesktopPreferencesSync);
    TestBed.tick();
    return TestBed.inject(PreferencesStore);
  };
  const saves = () => api.actions().filter((r) => r.type === 'savePreferences');

  beforeEach(() => {
    api = new FakeDesktopApi();
    storage = new MemoryStorage();
  });

  it('takes the language and token URL of the settings file over the window storage, without saving them back', () => {
    const preferences = start({ language: 'en', tokenUrl: '', wallLayout: 'spotlight' });
    api.emit({ type: 'savedPreferences', preferences: { language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' } });
    TestBed.tick();
    expect(preferences.value()).toMatchObject({ language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig', wallLayout: 'spotlight' });
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).toMatchObject({ language: 'zh-CN' });
    expect(saves()).toEqual([]);
  });

  it('saves each later change of the language or token URL to the settings file, and nothing for other preferences', () => {
    const preferences = start();
    api.emit({ type: 'savedPreferences', preferences: { language: 'en', tokenUrl: '' } });
    TestBed.tick();
    preferences.set({ language: 'zh-CN' });
    TestBed.tick();
    preferences.set({ wallLayout: 'pk-split' });
    TestBed.tick();
    preferences.set({ tokenUrl: 'https://sig.example.com/usersig' });
    TestBed.tick();
    expect(saves()).toEqual([
      { type: 'savePreferences', language: 'zh-CN', tokenUrl: '' },
      { type: 'savePreferences', language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' },
    ]);
  });

  it('saves nothing before the settings file’s values came, so its defaults never overwrite them', () => {
    const preferences = start({ language: 'zh-CN' });
    preferences.set({ tokenUrl: 'https://sig.example.com/usersig' });
    TestBed.tick();
    expect(saves()).toEqual([]);
  });

  it('does nothing in a browser, where there is no desktop app', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: PREFERENCES_STORAGE, useValue: storage }] });
    expect(() => TestBed.inject(DesktopPreferencesSync)).not.toThrow();
    expect(api.listenerCount).toBe(0);
  });
});
