import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import {
  SANDBOX_SDK_APP_ID,
  roomIdSchema,
  sdkAppIdSchema,
  strRoomIdSchema,
  userIdSchema,
  type BridgeError,
  type Command,
  type IssueRefusal,
} from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { PreferencesStore, preferencesShape } from '@broadcast-core/preferences';
import { engineInfoFeature, selectEngineReady, selectEngineSignsUserSigs, sessionFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe, SCENES } from '@broadcast-core/ui';

import { injectIsSandboxEngine } from '../sandbox/sandbox-engine';
import { PreflightChecklist } from '../preflight/preflight-checklist';
import { ReenterRoom, type SignUser } from './reenter-room';
import { schemaError, schemaValidator } from './schema-validator';
import { UserSigFetcher } from './user-sig-fetcher';

/** Where the userSig comes from on Tencent's cloud; the sandbox always signs itself. */
type SigSource = 'paste' | 'url';

/**
 * Enter and exit a room: TRTCParams and scene, validated as you type with the TRTC rules; and, after the
 * engine was lost, re-enter the interrupted session with a userSig from the same source.
 */
@Component({
  selector: 'bc-room-form',
  imports: [ReactiveFormsModule, TranslatePipe, RefusalTextPipe, ReenterRoom, PreflightChecklist],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './room-form.html',
})
export class RoomForm {
  private readonly bridge = inject(BridgeClient);
  private readonly store = inject(Store);
  protected readonly status = this.store.selectSignal(sessionFeature.selectStatus);
  private readonly signsUserSigs = this.store.selectSignal(selectEngineSignsUserSigs);
  private readonly engineKind = this.store.selectSignal(engineInfoFeature.selectKind);
  private readonly engineKnown = computed(() => this.engineKind() !== null);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly preferences = inject(PreferencesStore);
  private readonly sigFetcher = inject(UserSigFetcher);

  protected readonly scenes = SCENES;
  protected readonly roles = [
    { value: TRTCRoleType.TRTCRoleAnchor, key: 'session.anchor' },
    { value: TRTCRoleType.TRTCRoleAudience, key: 'session.audience' },
  ];
  protected readonly form = this.fb.group({
    sdkAppId: this.fb.control(SANDBOX_SDK_APP_ID, schemaValidator(sdkAppIdSchema)),
    roomKind: this.fb.control<'numeric' | 'string'>('numeric'),
    roomId: this.fb.control(29834, schemaValidator(roomIdSchema)),
    strRoomId: this.fb.control('', schemaValidator(strRoomIdSchema)),
    userId: this.fb.control('host_1', schemaValidator(userIdSchema)),
    sigSource: this.fb.control<SigSource>(this.preferences.value().tokenUrl ? 'url' : 'paste'),
    userSig: this.fb.control(''),
    tokenUrl: this.fb.control(this.preferences.value().tokenUrl, schemaValidator(preferencesShape.tokenUrl)),
    role: this.fb.control<TRTCRoleType>(TRTCRoleType.TRTCRoleAnchor),
    scene: this.fb.control<TRTCAppScene>(TRTCAppScene.TRTCAppSceneLIVE),
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** The broker's refusal of the last command. */
  protected readonly refusal = signal<BridgeError | null>(null);
  /** Why no userSig could be had from the token URL, in the fetcher's words. */
  protected readonly fetchFailure = signal<string | null>(null);
  /** True while the token URL is being asked. */
  protected readonly fetching = signal(false);

  protected readonly isSandbox = injectIsSandboxEngine();
  /** The engine signs the userSig itself: the sandbox, or Tencent's cloud with a development key in the desktop app. */
  protected readonly engineSigns = computed(() => (this.engineKnown() ? this.signsUserSigs() : this.isSandbox()));
  /** The broker takes no command while the engine starts or restarts: Enter waits, and says why. */
  protected readonly engineReady = this.store.selectSignal(selectEngineReady);
  protected readonly busy = computed(() => ['entering', 'in-room', 'exiting'].includes(this.status()));
  /** The SDKAppID the pre-flight speed test identifies with: the form's. */
  protected readonly preflightAppId = computed(() => Number(this.value().sdkAppId));
  protected readonly canExit = computed(() => this.status() === 'entering' || this.status() === 'in-room');
  protected readonly sceneHintKey = computed(() => `${SCENES.find((s) => s.value === Number(this.value().scene))?.key ?? SCENES[0].key}.hint`);
  protected readonly usesStrRoomId = computed(() => this.value().roomKind === 'string');
  protected readonly sigSource = computed(() => this.value().sigSource);

  /** The first error of a field, once the user touched it. */
  protected fieldError(name: 'sdkAppId' | 'roomId' | 'strRoomId' | 'userId' | 'tokenUrl'): IssueRefusal | null {
    return schemaError(this.form.controls[name]);
  }

  /** True when every field that applies is valid. */
  protected canEnter(): boolean {
    const c = this.form.controls;
    const room = this.usesStrRoomId() ? c.strRoomId : c.roomId;
    return c.sdkAppId.valid && room.valid && c.userId.valid && this.sigReady() && !this.busy() && !this.fetching() && this.engineReady();
  }

  private sigReady(): boolean {
    const c = this.form.controls;
    if (this.engineSigns()) return true;
    return c.sigSource.value === 'paste' ? c.userSig.value.trim() !== '' : c.tokenUrl.valid && c.tokenUrl.value !== '';
  }

  protected async enter(): Promise<void> {
    this.form.markAllAsTouched();
    if (!this.canEnter()) return;
    const v = this.form.getRawValue();
    const sig = await this.sign(Number(v.sdkAppId), v.userId);
    this.fetchFailure.set(sig.ok ? null : sig.reason);
    if (!sig.ok) return;
    const room = v.roomKind === 'string' ? { strRoomId: v.strRoomId } : { roomId: Number(v.roomId) };
    const userSig = sig.userSig === undefined ? {} : { userSig: sig.userSig };
    await this.send({
      type: 'enterRoom',
      params: { sdkAppId: Number(v.sdkAppId), ...room, userId: v.userId, role: Number(v.role), ...userSig },
      scene: Number(v.scene),
    });
  }

  protected async exit(): Promise<void> {
    await this.send({ type: 'exitRoom' });
  }

  /** Keeps the token URL for the next launch once it is valid. */
  protected saveTokenUrl(): void {
    const url = this.form.controls.tokenUrl;
    if (url.valid) this.preferences.set({ tokenUrl: url.value });
  }

  /**
   * The userSig for a user from the source chosen here: none on the sandbox (unless pasted), pasted, or
   * fetched from the token URL. Entering and re-entering both sign this way.
   */
  protected readonly sign: SignUser = async (sdkAppId, userId) => {
    const pasted = this.form.controls.userSig.value.trim();
    if (this.engineSigns() || this.form.controls.sigSource.value === 'paste') return { ok: true, userSig: pasted || undefined };
    this.fetching.set(true);
    const answer = await this.sigFetcher.fetch(this.form.controls.tokenUrl.value, sdkAppId, userId);
    this.fetching.set(false);
    return answer;
  };

  private async send(command: Command): Promise<void> {
    const result = await this.bridge.command(command);
    this.refusal.set(result.ok ? null : result.error);
  }
}

