import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import type { HarmQuestion } from './consequence';

/** A question before an action that harms the show: what it will do, with Cancel focused first. */
@Component({
  selector: 'bc-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    :host { display: grid; gap: 0.75rem; max-width: 32rem; padding: 1.25rem; background: var(--panel); border: 1px solid var(--live); border-radius: 10px; }
    h2 { color: var(--text); text-transform: none; letter-spacing: 0; font-size: 1.05rem; margin: 0; }
    ul { margin: 0; padding-left: 1.2rem; }
    .danger { border-color: var(--live); background: #5c1619; }
  `,
  template: `
    <h2 id="confirm-title">{{ question.titleKey | translate: question.titleParams }}</h2>
    <ul data-testid="confirm-consequences">
      @for (c of question.consequences; track c.key) {
        <li>{{ c.key | translate: c.params }}</li>
      }
    </ul>
    <div class="actions">
      <button type="button" data-testid="confirm-cancel" cdkFocusInitial (click)="ref.close(false)">{{ 'confirm.cancel' | translate }}</button>
      <button type="button" class="danger" [attr.data-testid]="question.confirmTestId" (click)="ref.close(true)">{{ question.confirmKey | translate }}</button>
    </div>
  `,
})
export class ConfirmDialog {
  protected readonly ref = inject<DialogRef<boolean>>(DialogRef);
  protected readonly question = inject<HarmQuestion>(DIALOG_DATA);
}
