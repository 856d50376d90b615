import { Injectable, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom, map, of, timeout, timer } from 'rxjs';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { localMediaFeature, pkFeature, preflightChecks, preflightFeature, preflightOutcome, selectPreflightInputs, sessionFeature } from '@broadcast-core/room-state';

import { startPreflight } from '../preflight/start-preflight';
import { RoomDraft } from '../session/room-draft';
import { SHOW_STEPS, runShowSteps, type ShowStep, type StepFailure, type StepOutcome, type StepRunner, type StepState } from './show-steps';

/** How long Go on air waits for the pre-flight's results (the mic check alone takes up to five seconds). */
export const PREFLIGHT_LIMIT_MS = 20_000;
/** How often the pre-flight's results are looked at while waiting: the mic check changes with time, not only with actions. */
const PREFLIGHT_POLL_MS = 250;

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
  private readonly preflightInputs = this.store.selectSignal(selectPreflightInputs);
  private readonly preflight = this.store.selectSignal(preflightFeature.selectPreflightState);
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
    alreadyDone: (step) => {
      switch (step) {
        case 'preflight':
          // Run before and not failed: its results stand until the room is entered.
          return ['pass', 'warn'].includes(this.preflightNow());
        case 'camera':
          return this.media().previewStarted;
        case 'mic':
          return this.media().audioStarted;
        case 'enter':
          return this.session().status === 'in-room';
      }
    },
    run: (step) => {
      switch (step) {
        case 'preflight':
          return this.runPreflight();
        case 'camera':
          return this.send({ type: 'startLocalPreview' });
        case 'mic':
          return this.send({ type: 'startLocalAudio' });
        case 'enter':
          return this.enter();
      }
    },
    // The pre-flight leaves nothing to take back: its tests are stopped as it ends, its results are only shown.
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

  /** The pre-flight as one result now. */
  private preflightNow() {
    return preflightOutcome(preflightChecks(this.preflightInputs(), Date.now()));
  }

  /**
   * Runs every pre-flight check (again, when an earlier run failed), waits for their results, stops the tests
   * (the camera and mic are about to be used for real) and fails when a check failed or none finished in time.
   */
  private async runPreflight(): Promise<StepOutcome> {
    let refused: StepOutcome = { ok: true };
    const send = async (command: Command) => {
      const outcome = await this.send(command);
      if (!outcome.ok) refused = outcome;
      return outcome.ok;
    };
    const { sdkAppId, userId } = this.draft.value();
    const started = await startPreflight(send, { sdkAppId: Number(sdkAppId), userId: userId ?? '', playback: false, micRunning: this.preflight().micTest.running });
    if (!started) return refused;
    const settled = await firstValueFrom(
      timer(0, PREFLIGHT_POLL_MS).pipe(
        map(() => this.preflightNow()),
        filter((outcome) => outcome !== 'pending' && !this.waitingForVoice()),
        timeout({ first: PREFLIGHT_LIMIT_MS, with: () => of(this.preflightNow()) }),
      ),
    );
    const checks = preflightChecks(this.preflightInputs(), Date.now());
    await this.stopPreflightTests();
    if (settled === 'pass' || settled === 'warn') return { ok: true };
    return { ok: false, failure: { kind: 'preflight', checks: checks.filter((c) => c.verdict.level === 'fail') } };
  }

  /**
   * A silent mic is the only failure and its test still listens: Go on air keeps listening (a host asked to go
   * on air may simply not have spoken yet) until a voice is heard or the time is up.
   */
  private waitingForVoice(): boolean {
    const failed = preflightChecks(this.preflightInputs(), Date.now()).filter((c) => c.verdict.level === 'fail');
    return this.preflight().micTest.running && failed.length > 0 && failed.every((c) => c.verdict.key === 'mic.silent');
  }

  /** Stops the pre-flight's device tests that still run; their results stay. */
  private async stopPreflightTests(): Promise<void> {
    const { micTest, cameraTest, speakerTest } = this.preflight();
    if (cameraTest.running) await this.send({ type: 'stopCameraDeviceTest' });
    if (speakerTest.running) await this.send({ type: 'stopSpeakerDeviceTest' });
    if (micTest.running) await this.send({ type: 'stopMicDeviceTest' });
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
