import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { PreferencesStore } from '../preferences/preferences-store';

/** Says when saved preferences could not be read, so a reset is never silent. */
@Component({
  selector: 'bc-preferences-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (preferences.problems().length) {
      <div class="error" role="alert" data-testid="preferences-problems">
        <strong>{{ 'core.preferencesProblem' | translate }}</strong>
        <ul>
          @for (p of preferences.problems(); track $index) { <li>{{ p }}</li> }
        </ul>
      </div>
    }
  `,
})
export class PreferencesNotice {
  protected readonly preferences = inject(PreferencesStore);
}
