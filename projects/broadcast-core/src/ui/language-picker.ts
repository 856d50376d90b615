import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LANGUAGES } from '../i18n/languages';
import type { LanguageCode } from '../i18n/translation-bundle';
import { PreferencesStore } from '../preferences/preferences-store';

/** Switches the language of every console window at once. */
@Component({
  selector: 'bc-language-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <label>
      <span class="visually-hidden">{{ 'core.language' | translate }}</span>
      <select data-testid="language" [value]="preferences.value().language" (change)="choose($event)">
        @for (l of languages; track l.code) {
          <option [value]="l.code" [attr.lang]="l.code">{{ l.name }}</option>
        }
      </select>
    </label>
  `,
})
export class LanguagePicker {
  protected readonly preferences = inject(PreferencesStore);
  protected readonly languages = LANGUAGES;

  protected choose(event: Event): void {
    this.preferences.set({ language: (event.target as HTMLSelectElement).value as LanguageCode });
  }
}
