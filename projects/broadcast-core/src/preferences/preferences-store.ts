import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';

import { PREFERENCES_KEY, PREFERENCES_STORAGE } from './preferences-storage';
import { parsePreferences, preferenceIssueText, preferencesShape, type Preferences } from './preferences-schema';

/**
 * This window's preferences: read from storage at start, written back on every
 * change, and updated when another window of the console changes them.
 */
@Injectable({ providedIn: 'root' })
export class PreferencesStore {
  private readonly storage = inject(PREFERENCES_STORAGE);
  private readonly loaded = parsePreferences(this.read());
  private readonly state = signal<Preferences>(this.loaded.value);
  private readonly issues = signal<string[]>(this.loaded.problems);

  /** The current preferences. */
  readonly value = this.state.asReadonly();
  /** Why saved preferences were partly or wholly ignored at load; empty when they were fine. */
  readonly problems = this.issues.asReadonly();

  constructor() {
    const view = inject(DOCUMENT).defaultView;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PREFERENCES_KEY) return;
      const { value, problems } = parsePreferences(event.newValue);
      this.state.set(value);
      this.issues.set(problems);
    };
    view?.addEventListener('storage', onStorage);
    inject(DestroyRef).onDestroy(() => view?.removeEventListener('storage', onStorage));
  }

  /**
   * Changes some preferences; refuses (and changes nothing) when a value breaks
   * its rule, returning the reason.
   */
  set(patch: Partial<Preferences>): string | null {
    for (const [key, value] of Object.entries(patch)) {
      const schema = preferencesShape[key as keyof Preferences];
      if (!schema) return `unknown preference "${key}"`;
      const parsed = schema.safeParse(value);
      if (!parsed.success) return preferenceIssueText(parsed.error.issues[0]) ?? `invalid value for "${key}"`;
    }
    const next = { ...this.state(), ...patch };
    this.state.set(next);
    this.issues.set([]);
    try {
      this.storage?.setItem(PREFERENCES_KEY, JSON.stringify(next));
    } catch {
      // A full or blocked storage keeps the change for this window only.
    }
    return null;
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(PREFERENCES_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
