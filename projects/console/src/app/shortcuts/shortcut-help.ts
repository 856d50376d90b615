import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DialogRef } from '@angular/cdk/dialog';
import { TranslatePipe } from '@ngx-translate/core';

import { DESKTOP_API } from '@broadcast-core/desktop';

import { DESKTOP_SHORTCUTS, type ShortcutHelpEntry } from './desktop-shortcut-list';
import { SHORTCUTS } from './shortcut-list';

/** The help overlay: every shortcut and what it does (the window ones in the desktop app only). A CDK dialog, so focus is trapped and Escape closes it. */
@Component({
  selector: 'bc-shortcut-help',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { role: 'document', class: 'shortcut-help' },
  styles: `
    :host { display: block; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; min-width: 320px; }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5rem 1rem; margin: 0 0 1rem; }
    dt { font-family: ui-monospace, monospace; }
    kbd { border: 1px solid var(--line); border-radius: 4px; padding: 0.1rem 0.4rem; background: #0d1014; }
    dd { margin: 0; }
  `,
  template: `
    <h2 id="shortcut-help-title">{{ 'shortcuts.title' | translate }}</h2>
    <dl data-testid="shortcut-help">
      @for (s of shortcuts; track s.id) {
        <dt><kbd>{{ s.label }}</kbd></dt>
        <dd>{{ s.descriptionKey | translate }}</dd>
      }
    </dl>
    <p class="hint">{{ 'shortcuts.fieldsNote' | translate }}</p>
    <button type="button" data-testid="close-help" (click)="ref.close()">{{ 'shortcuts.close' | translate }}</button>
  `,
})
export class ShortcutHelp {
  protected readonly ref = inject(DialogRef);
  protected readonly shortcuts: readonly ShortcutHelpEntry[] = inject(DESKTOP_API) ? [...SHORTCUTS, ...DESKTOP_SHORTCUTS] : SHORTCUTS;
}
