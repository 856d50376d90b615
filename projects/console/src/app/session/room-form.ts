import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { IssueRefusal } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';
import { PreferencesStore } from '@broadcast-core/preferences';
import { sessionFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe, SCENES } from '@broadcast-core/ui';

import { injectIsSandboxEngine } from '../sandbox/sandbox-engine';
import { PreflightChecklist } from '../preflight/preflight-checklist';
import { ReenterRoom } from './reenter-room';
import { RoomDraft } from './room-draft';
import { schemaError } from './schema-validator';

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
  protected readonly status = inject(Store).selectSignal(sessionFeature.selectStatus);
  private readonly preferences = inject(PreferencesStore);
  private readonly draft = inject(RoomDraft);

  protected readonly scenes = SCENES;
  protected readonly roles = [
    { value: TRTCRoleType.TRTCRoleAnchor, key: 'session.anchor' },
    { value: TRTCRoleType.TRTCRoleAudience, key: 'session.audience' },
  ];
  protected readonly form = this.draft.form;
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
  /** Why no userSig could be had from the token URL, in the fetcher's words. */
  protected readonly fetchFailure = signal<string | null>(null);
  /** True while the token URL is being asked. */
  protected readonly fetching = this.draft.fetching;

  protected readonly isSandbox = injectIsSandboxEngine();
  protected readonly engineSigns = this.draft.engineSigns;
  /** The broker takes no command while the engine starts or restarts: Enter waits, and says why. */
  protected readonly engineReady = this.draft.engineReady;
  /** The SDKAppID the pre-flight speed test identifies with: the form's. */
  protected readonly preflightAppId = computed(() => Number(this.draft.value().sdkAppId));
  protected readonly preflightUserId = computed(() => this.draft.value().userId ?? '');
  protected readonly canExit = computed(() => this.status() === 'entering' || this.status() === 'in-room');
  protected readonly sceneHintKey = computed(() => `${SCENES.find((s) => s.value === Number(this.draft.value().scene))?.key ?? SCENES[0].key}.hint`);
  protected readonly usesStrRoomId = computed(() => this.draft.value().roomKind === 'string');
  protected readonly sigSource = computed(() => this.draft.value().sigSource);
  protected readonly sign = this.draft.sign;

  /** The first error of a field, once the user touched it. */
  protected fieldError(name: 'sdkAppId' | 'roomId' | 'strRoomId' | 'userId' | 'tokenUrl'): IssueRefusal | null {
    return schemaError(this.form.controls[name]);
  }

  /** True when every field that applies is valid. */
  protected canEnter(): boolean {
    return this.draft.canEnter();
  }

  protected async enter(): Promise<void> {
    this.form.markAllAsTouched();
    if (!this.canEnter()) return;
    const enter = await this.draft.enterCommand();
    this.fetchFailure.set(enter.ok ? null : enter.reason);
    if (enter.ok) await this.command.send(enter.command);
  }

  protected async exit(): Promise<void> {
    await this.command.send({ type: 'exitRoom' });
  }

  /** Keeps the token URL for the next launch once it is valid. */
  protected saveTokenUrl(): void {
    const url = this.form.controls.tokenUrl;
    if (url.valid) this.preferences.set({ tokenUrl: url.value });
  }
}
