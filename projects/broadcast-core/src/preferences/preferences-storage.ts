import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** The storage preferences live in; the window's localStorage unless a spec provides another. */
export const PREFERENCES_STORAGE = new InjectionToken<Pick<Storage, 'getItem' | 'setItem'> | null>('PREFERENCES_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      // Storage can be disabled by policy: preferences then last for this window's life.
      return null;
    }
  },
});

/** The key under which the console's windows share their preferences. */
export const PREFERENCES_KEY = 'broadcaster-console.preferences.v1';
