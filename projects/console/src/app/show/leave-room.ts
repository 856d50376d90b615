import { Injectable, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { sessionFeature } from '@broadcast-core/room-state';

import { AskBeforeHarm } from '../confirm/ask-before-harm';
import { selectLeaveConsequences } from './leave-consequences';
import { OnAir } from './on-air';

/** Leaving the room from anywhere (Off air, the Shift+X shortcut): asks first when leaving would end something. */
@Injectable({ providedIn: 'root' })
export class LeaveRoom {
  private readonly store = inject(Store);
  private readonly ask = inject(AskBeforeHarm);
  private readonly onAir = inject(OnAir);

  /** Goes off air, after a confirmation when it ends a PK; false when the operator said no. */
  async leave(): Promise<boolean> {
    const consequences = this.store.selectSignal(selectLeaveConsequences)();
    if (consequences.length > 0) {
      const params = this.store.selectSignal(sessionFeature.selectParams)();
      const room = params?.roomId ?? params?.strRoomId ?? '—';
      const confirmed = await this.ask.ask({ titleKey: 'confirm.leaveTitle', titleParams: { room }, consequences, confirmKey: 'confirm.leave', confirmTestId: 'confirm-leave' });
      if (!confirmed) return false;
    }
    await this.onAir.offAir();
    return true;
  }
}
