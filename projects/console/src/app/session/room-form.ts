import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID, roomIdSchema, sdkAppIdSchema, strRoomIdSchema, userIdSchema, type Command } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { sessionFeature } from '@broadcast-core/room-state';
import { SCENES } from '@broadcast-core/ui';

import { schemaValidator } from './schema-validator';

/** Enter and exit a room: TRTCParams and scene, validated as you type with the TRTC rules. */
@Component({
  selector: 'bc-room-form',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './room-form.html',
})
export class RoomForm {
  private readonly bridge = inject(BridgeClient);
  private readonly status = inject(Store).selectSignal(sessionFeature.selectStatus);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly scenes = SCENES;
  protected readonly roles = [
    { value: TRTCRoleType.TRTCRoleAnchor, label: 'Anchor (publishes)' },
    { value: TRTCRoleType.TRTCRoleAudience, label: 'Audience (watches)' },
  ];
  protected readonly form = this.fb.group({
    sdkAppId: this.fb.control(SANDBOX_SDK_APP_ID, schemaValidator(sdkAppIdSchema)),
    roomKind: this.fb.control<'numeric' | 'string'>('numeric'),
    roomId: this.fb.control(29834, schemaValidator(roomIdSchema)),
    strRoomId: this.fb.control('', schemaValidator(strRoomIdSchema)),
    userId: this.fb.control('host_1', schemaValidator(userIdSchema)),
    userSig: this.fb.control(''),
    role: this.fb.control<TRTCRoleType>(TRTCRoleType.TRTCRoleAnchor),
    scene: this.fb.control<TRTCAppScene>(TRTCAppScene.TRTCAppSceneLIVE),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** The broker's refusal of the last command, if any. */
  protected readonly refusal = signal<string | null>(null);

  protected readonly isSandbox = computed(() => this.bridge.engine() === 'sandbox');
  protected readonly busy = computed(() => ['entering', 'in-room', 'exiting'].includes(this.status()));
  protected readonly canExit = computed(() => this.status() === 'entering' || this.status() === 'in-room');
  protected readonly sceneHint = computed(() => SCENES.find((s) => s.value === Number(this.value().scene))?.hint ?? '');
  protected readonly usesStrRoomId = computed(() => this.value().roomKind === 'string');

  /** The first error of a field, once the user touched it. */
  protected fieldError(name: 'sdkAppId' | 'roomId' | 'strRoomId' | 'userId'): string | null {
    const control = this.form.controls[name];
    return control.touched || control.dirty ? ((control.errors?.['schema'] as string | undefined) ?? null) : null;
  }

  /** True when every field that applies is valid. */
  protected canEnter(): boolean {
    const c = this.form.controls;
    const room = this.usesStrRoomId() ? c.strRoomId : c.roomId;
    const sigOk = this.isSandbox() || c.userSig.value.trim() !== '';
    return c.sdkAppId.valid && room.valid && c.userId.valid && sigOk && !this.busy();
  }

  protected async enter(): Promise<void> {
    this.form.markAllAsTouched();
    if (!this.canEnter()) return;
    const v = this.form.getRawValue();
    const room = v.roomKind === 'string' ? { strRoomId: v.strRoomId } : { roomId: Number(v.roomId) };
    const userSig = v.userSig.trim() ? { userSig: v.userSig.trim() } : {};
    await this.send({
      type: 'enterRoom',
      params: { sdkAppId: Number(v.sdkAppId), ...room, userId: v.userId, role: Number(v.role), ...userSig },
      scene: Number(v.scene),
    });
  }

  protected async exit(): Promise<void> {
    await this.send({ type: 'exitRoom' });
  }

  private async send(command: Command): Promise<void> {
    const result = await this.bridge.command(command);
    this.refusal.set(result.ok ? null : result.error.message);
  }
}
