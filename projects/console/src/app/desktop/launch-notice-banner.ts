import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LaunchNotices } from './launch-notices';

/** The desktop app's launch notices, prominent until dismissed: a translated heading, then the app's own English sentences. */
@Component({
  selector: 'bc-launch-notice-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    .launch-notices { display: flex; gap: 1rem; align-items: flex-start; margin: 1rem 1rem 0; padding: 0.75rem 1rem; border: 2px solid var(--warn); border-radius: 10px; background: #2a2210; }
    .launch-notices div { flex: 1; }
    ul { margin: 0.4rem 0 0; padding-left: 1.2rem; }
  `,
  template: `
    @if (launch.notices().length > 0) {
      <section class="launch-notices" role="alert" data-testid="launch-notices" aria-labelledby="launch-notices-heading">
        <div>
          <strong id="launch-notices-heading">{{ 'desktop.notices.heading' | translate }}</strong>
          <!-- The main process's own words, in English whatever the window's language. -->
          <ul lang="en">
            @for (n of launch.notices(); track n) { <li>{{ n }}</li> }
          </ul>
        </div>
        <button type="button" data-testid="dismiss-launch-notices" (click)="launch.dismiss()">{{ 'desktop.notices.dismiss' | translate }}</button>
      </section>
    }
  `,
})
export class LaunchNoticeBanner {
  protected readonly launch = inject(LaunchNotices);
}
