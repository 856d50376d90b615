import { Injectable, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom } from 'rxjs';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { localMediaFeature, pkFeature, sessionFeature } from '@broadcast-core/room-state';

import { RoomDraft } from '../session/room-draft';
import { SHOW_STEPS, runShowSteps, type ShowStep, type StepFailure, type StepOutcome, type StepRunner, type StepState } from './show-steps';

/** The step that failed and why, as the show control reports it. */
export interface ShowFailure {
  step: ShowStep;
  failure: StepFailure;
}

/**
 * Going on air and off air as single actions, for this window: runs the guide's steps through the broker
 * (commands only; the room state comes back as actions) and keeps the progress, window-local.
 */
@Injectable({ providedIn: 'root' })
export class OnAir {
  private readonly bridge = inject(BridgeClient);
  private readonly store = inject(Store);
  private readonly draft = inject(RoomDraft);
  private readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  private readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  private readonly pk = this.store.selectSignal(pkFeature.selectPkState);
  private readonly stepStates = signal<Partial<Record<ShowStep, StepState>>>({});

  /** True while a run is going. */
  readonly running = signal(false);
  /** The last run's failure, until the next run. */
  readonly failure = signal<ShowFailure | null>(null);
  /** The steps of the action the form's role calls for: camera, mic and enter for an anchor; enter for the audience. */
  readonly steps = computed<readonly ShowStep[]>(() => (this.draft.role() === TRTCRoleType.TRTCRoleAnchor ? SHOW_STEPS.anchor : SHOW_STEPS.audience));
  /** Each step with where it stands in the current or last run. */
  readonly progress = computed(() => this.steps().map((step) => ({ step, state: this.stepStates()[step] ?? ('waiting' as StepState) })));

  private readonly runner: StepRunner = {
    alreadyDone: (step) => (step === 'camera' ? this.media().previewStarted : step === 'mic' ? this.media().audioStarted : this.session().status === 'in-room'),
    run: (step) => (step === 'camera' ? this.send({ type: 'startLocalPreview' }) : step === 'mic' ? this.send({ type: 'startLocalAudio' }) : this.enter()),
    undo: async (step) => {
      if (step === 'camera') await this.send({ type: 'stopLocalPreview' });
      if (step === 'mic') await this.send({ type: 'stopLocalAudio' });
      if (step === 'enter') await this.send({ type: 'exitRoom' });
    },
  };

  /** Runs the steps (Go on air, or Join as audience); true when every one was done. */
  async goOnAir(): Promise<boolean> {
    if (this.running()) return false;
    this.running.set(true);
    this.failure.set(null);
    this.stepStates.set({});
    const result = await runShowSteps(this.steps(), this.runner, (step, state) => this.stepStates.update((all) => ({ ...all, [step]: state })));
    this.running.set(false);
    if (!result.ok) this.failure.set({ step: result.failedStep, failure: result.failure });
    return result.ok;
  }

  /** Off air: ends a PK that runs or connects, then leaves the room (the broker's exitRoom plan stops a CDN task first). */
  async offAir(): Promise<void> {
    if (this.pk().status === 'connected' || this.pk().status === 'connecting') await this.send({ type: 'disconnectOtherRoom' });
    await this.send({ type: 'exitRoom' });
    this.stepStates.set({});
  }

  /** Enters with the form's values and settles when the SDK said whether the room was entered. */
  private async enter(): Promise<StepOutcome> {
    const enter = await this.draft.enterCommand();
    if (!enter.ok) return { ok: false, failure: { kind: 'sign', reason: enter.reason } };
    const sent = await this.send(enter.command);
    if (!sent.ok) return sent;
    const settled = await firstValueFrom(this.store.select(sessionFeature.selectSessionState).pipe(filter((s) => s.status !== 'entering')));
    if (settled.status === 'in-room') return { ok: true };
    const error = settled.lastError;
    return { ok: false, failure: { kind: 'code', code: error?.code ?? -1, message: error?.message ?? '' } };
  }

  private async send(command: Command): Promise<StepOutcome> {
    const result = await this.bridge.command(command);
    return result.ok ? { ok: true } : { ok: false, failure: { kind: 'refusal', error: result.error } };
  }
}
