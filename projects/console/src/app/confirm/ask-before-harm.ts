import { Dialog } from '@angular/cdk/dialog';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ConfirmDialog } from './confirm-dialog';
import type { HarmQuestion } from './consequence';

/** Asks before an action that harms the show (leaving a PK, dismissing a room, removing a user). */
@Injectable({ providedIn: 'root' })
export class AskBeforeHarm {
  private readonly dialog = inject(Dialog);

  /** Shows the question; true only when the operator confirmed (Escape and Cancel say no). */
  async ask(question: HarmQuestion): Promise<boolean> {
    const ref = this.dialog.open<boolean, HarmQuestion>(ConfirmDialog, { data: question, ariaLabelledBy: 'confirm-title', role: 'alertdialog' });
    return (await firstValueFrom(ref.closed)) === true;
  }
}
