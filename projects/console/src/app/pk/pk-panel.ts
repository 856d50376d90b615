import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { roomIdSchema, strRoomIdSchema, userIdSchema, type IssueRefusal } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';
import { pkFeature, sessionFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { schemaError, schemaValidator } from '../session/schema-validator';
import { PkStatus } from './pk-status';

/** The guide's connectOtherRoom example, which the sandbox rehearsal scenario has on air. */
const EXAMPLE_TARGET = { roomId: 978, userId: 'userB' };

/** Start and end a cross-room PK (connectOtherRoom): the other anchor's room and userId, checked with the TRTC rules. */
@Component({
  selector: 'bc-pk-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, RefusalTextPipe, PkStatus],
  templateUrl: './pk-panel.html',
  styles: `
    .pk-form { display: grid; gap: 0.6rem; }
  `,
})
export class PkPanel {
  private readonly store = inject(Store);
  private readonly session = this.store.selectSignal(sessionFeature.selectStatus);
  private readonly role = this.store.selectSignal(sessionFeature.selectRole);
  private readonly pkStatus = this.store.selectSignal(pkFeature.selectStatus);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    targetKind: this.fb.control<'numeric' | 'string'>('numeric'),
    roomId: this.fb.control(EXAMPLE_TARGET.roomId, schemaValidator(roomIdSchema)),
    strRoomId: this.fb.control('', schemaValidator(strRoomIdSchema)),
    userId: this.fb.control(EXAMPLE_TARGET.userId, schemaValidator(userIdSchema)),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  protected readonly usesStrRoomId = computed(() => this.value().targetKind === 'string');
  protected readonly inRoom = computed(() => this.session() === 'in-room');
  /** Audience members cannot PK (the SDK answers ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE), so say so before they try. */
  protected readonly isAudience = computed(() => this.inRoom() && this.role() === TRTCRoleType.TRTCRoleAudience);
  protected readonly canConnect = computed(() => {
    this.value(); // validity changes only with values, so values are the dependency
    const c = this.form.controls;
    const room = this.usesStrRoomId() ? c.strRoomId : c.roomId;
    return this.inRoom() && !this.isAudience() && this.pkStatus() === 'idle' && room.valid && c.userId.valid;
  });
  protected readonly canDisconnect = computed(() => this.pkStatus() === 'connecting' || this.pkStatus() === 'connected');

  /** The first error of a field, once the user touched it. */
  protected fieldError(name: 'roomId' | 'strRoomId' | 'userId'): IssueRefusal | null {
    return schemaError(this.form.controls[name]);
  }

  protected async connect(): Promise<void> {
    this.form.markAllAsTouched();
    if (!this.canConnect()) return;
    const v = this.form.getRawValue();
    const target = v.targetKind === 'string' ? { strRoomId: v.strRoomId } : { roomId: Number(v.roomId) };
    await this.command.send({ type: 'connectOtherRoom', target, userId: v.userId });
  }

  protected async disconnect(): Promise<void> {
    await this.command.send({ type: 'disconnectOtherRoom' });
  }
}
