import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID, roomIdSchema, sdkAppIdSchema, strRoomIdSchema, userIdSchema, type Command } from '@broadcast-core/bridge';
import { PreferencesStore, preferencesShape } from '@broadcast-core/preferences';
import { selectEngineReady, selectSandboxEngine, selectEngineSignsUserSigs, sessionFeature } from '@broadcast-core/room-state';

import { injectIsSandboxEngine } from '../sandbox/sandbox-engine';
import type { SignUser } from './reenter-room';
import { schemaValidator } from './schema-validator';
import { UserSigFetcher } from './user-sig-fetcher';

/** Where the userSig comes from on Tencent's cloud; the sandbox always signs itself. */
export type SigSource = 'paste' | 'url';

/** An enterRoom command ready to send, or why none could be made (the token URL gave no userSig). */
export type EnterCommand = { ok: true; command: Extract<Command, { type: 'enterRoom' }> } | { ok: false; reason: string };

/**
 * The room this window means to enter: the session form's values, kept for the window's life (so the
 * form may fold away or be re-created), and how to sign for it. Window-local: never room state.
 */
@Injectable({ providedIn: 'root' })
export class RoomDraft {
  private readonly store = inject(Store);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly preferences = inject(PreferencesStore);
  private readonly sigFetcher = inject(UserSigFetcher);
  private readonly status = this.store.selectSignal(sessionFeature.selectStatus);
  private readonly signsUserSigs = this.store.selectSignal(selectEngineSignsUserSigs);
  private readonly reportedSandbox = this.store.selectSignal(selectSandboxEngine);
  private readonly isSandbox = injectIsSandboxEngine();

  /** The session form's controls. */
  readonly form = this.fb.group({
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
  /** The form's values as a signal. */
  readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** True while the token URL is being asked. */
  readonly fetching = signal(false);
  /** The engine signs the userSig itself: the sandbox, or Tencent's cloud with a development key in the desktop app. */
  readonly engineSigns = computed(() => (this.reportedSandbox() !== null ? this.signsUserSigs() : this.isSandbox()));
  /** The broker takes no command while the engine starts or restarts. */
  readonly engineReady = this.store.selectSignal(selectEngineReady);
  /** True from entering until out of the room again. */
  readonly busy = computed(() => ['entering', 'in-room', 'exiting'].includes(this.status()));
  /** The role the form would enter with. */
  readonly role = computed(() => Number(this.value().role) as TRTCRoleType);

  /** True when every field that applies is valid and a command could go now. */
  canEnter(): boolean {
    const c = this.form.controls;
    const room = this.value().roomKind === 'string' ? c.strRoomId : c.roomId;
    return c.sdkAppId.valid && room.valid && c.userId.valid && this.sigReady() && !this.busy() && !this.fetching() && this.engineReady();
  }

  /** The enterRoom command for the form's values, signed from the chosen source. */
  async enterCommand(): Promise<EnterCommand> {
    const v = this.form.getRawValue();
    const sig = await this.sign(Number(v.sdkAppId), v.userId);
    if (!sig.ok) return { ok: false, reason: sig.reason };
    const room = v.roomKind === 'string' ? { strRoomId: v.strRoomId } : { roomId: Number(v.roomId) };
    const userSig = sig.userSig === undefined ? {} : { userSig: sig.userSig };
    return {
      ok: true,
      command: { type: 'enterRoom', params: { sdkAppId: Number(v.sdkAppId), ...room, userId: v.userId, role: Number(v.role), ...userSig }, scene: Number(v.scene) },
    };
  }

  /**
   * The userSig for a user from the source chosen here: none on the sandbox (unless pasted), pasted, or
   * fetched from the token URL. Entering and re-entering both sign this way.
   */
  readonly sign: SignUser = async (sdkAppId, userId) => {
    const pasted = this.form.controls.userSig.value.trim();
    if (this.engineSigns() || this.form.controls.sigSource.value === 'paste') return { ok: true, userSig: pasted || undefined };
    this.fetching.set(true);
    const answer = await this.sigFetcher.fetch(this.form.controls.tokenUrl.value, sdkAppId, userId);
    this.fetching.set(false);
    return answer;
  };

  private sigReady(): boolean {
    const c = this.form.controls;
    if (this.engineSigns()) return true;
    return c.sigSource.value === 'paste' ? c.userSig.value.trim() !== '' : c.tokenUrl.valid && c.tokenUrl.value !== '';
  }
}
