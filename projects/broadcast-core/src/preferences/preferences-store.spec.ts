import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { MemoryStorage } from '../testing/memory-storage';
import { PREFERENCES_KEY, PREFERENCES_STORAGE } from './preferences-storage';
import { PreferencesStore } from './preferences-store';

describe('PreferencesStore', () => {
  let storage: MemoryStorage;

  const create = () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: PREFERENCES_STORAGE, useValue: storage }] });
    return TestBed.inject(PreferencesStore);
  };

  beforeEach(() => (storage = new MemoryStorage()));

  it('saves a change so the next launch (or a reload) has it', () => {
    create().set({ language: 'zh-CN' });
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).toMatchObject({ language: 'zh-CN' });
  });

  it('refuses an invalid value with the reason, and changes nothing', () => {
    const store = create();
    const before = store.value();
    expect(store.set({ wallLayout: 'mosaic' as never })).toMatch(/option|expected/i);
    expect(store.set({ tokenUrl: 'javascript:alert(1)' })).toBe('tokenUrl must be an http(s) URL');
    expect(store.set({ nope: 1 } as never)).toBe('unknown preference "nope"');
    expect(store.value()).toBe(before);
    expect(storage.getItem(PREFERENCES_KEY)).toBeNull();
  });

  it('reports a corrupt saved file and does not overwrite it until something changes', () => {
    storage.setItem(PREFERENCES_KEY, '{broken');
    const store = create();
    expect(store.problems()).toEqual(['saved preferences are not valid JSON; defaults are in use']);
    expect(storage.getItem(PREFERENCES_KEY)).toBe('{broken');
    store.set({ previewDocked: true });
    expect(store.problems()).toEqual([]);
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).toMatchObject({ previewDocked: true });
  });

  it('follows changes another window makes', () => {
    const store = create();
    const newValue = JSON.stringify({ ...store.value(), wallLayout: 'spotlight' });
    window.dispatchEvent(new StorageEvent('storage', { key: PREFERENCES_KEY, newValue }));
    expect(store.value().wallLayout).toBe('spotlight');
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else', newValue: '{}' }));
    expect(store.value().wallLayout).toBe('spotlight');
  });

  it('keeps working in memory when storage throws', () => {
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = create();
    expect(store.set({ previewDocked: true })).toBeNull();
    expect(store.value().previewDocked).toBe(true);
  });
});
