import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { CAMERA_TEST_STREAM } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';
import { engineInfoFeature, preflightChecks, preflightFeature, selectPreflightInputs, sessionFeature } from '@broadcast-core/room-state';
import { ElapsedClock, LevelMeter, RefusalTextPipe } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

import { startPreflight } from './start-preflight';

/**
 * The checks before entering a room, run in one action: the network speed test against the encoder's
 * needs, a camera test with its live picture, a microphone test (optionally played back) and a speaker
 * test with a test sound. Each shows pass, warning or fail in words with what to do; the results
 * stay until a room is entered.
 */
@Component({
  selector: 'bc-preflight-checklist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LevelMeter, RefusalTextPipe, VideoView],
  template: `
    <h3 id="preflight-heading">{{ 'preflight.heading' | translate }}</h3>
    <p class="hint">{{ 'preflight.intro' | translate }}</p>
    <div class="actions">
      <button type="button" data-testid="preflight-run" [disabled]="!canRun()" (click)="run()">{{ 'preflight.run' | translate }}</button>
      @if (preflight().micTest.running) {
        <button type="button" data-testid="preflight-stop-mic" (click)="command.send({ type: 'stopMicDeviceTest' })">{{ 'preflight.stopMic' | translate }}</button>
      }
      @if (preflight().cameraTest.running) {
        <button type="button" data-testid="preflight-stop-camera" (click)="command.send({ type: 'stopCameraDeviceTest' })">{{ 'preflight.stopCamera' | translate }}</button>
      }
      @if (preflight().speakerTest.running) {
        <button type="button" data-testid="preflight-stop-speaker" (click)="command.send({ type: 'stopSpeakerDeviceTest' })">{{ 'preflight.stopSpeaker' | translate }}</button>
      }
    </div>
    <label class="playback">
      <input #playbackBox type="checkbox" data-testid="preflight-playback" [checked]="playback()" (change)="playback.set(playbackBox.checked)" />
      {{ 'preflight.playback' | translate }}
    </label>
    <ul class="checks" aria-labelledby="preflight-heading">
      @for (check of checks(); track check.id) {
        <li [attr.data-testid]="'preflight-' + check.id" [attr.data-level]="check.verdict.level">
          <span class="badge">{{ 'preflight.level.' + check.verdict.level | translate }}</span>
          <strong>{{ 'preflight.item.' + check.id | translate }}</strong>
          <span class="advice" [attr.data-testid]="'preflight-' + check.id + '-advice'">{{ 'preflight.verdicts.' + check.verdict.key | translate: check.verdict.params }}</span>
        </li>
      }
    </ul>
    @if (preflight().cameraTest.running) {
      <bc-video-view data-testid="preflight-camera-view" [stream]="cameraStream" [attr.aria-label]="'preflight.cameraView' | translate">
        <p class="placeholder">{{ 'preflight.verdicts.camera.waiting' | translate }}</p>
      </bc-video-view>
    }
    @if (preflight().micTest.running) {
      <bc-level-meter data-testid="preflight-mic-meter" [peakHold]="true" [level]="preflight().micTest.level" [label]="'preflight.micMeter' | translate" />
    }
    @if (preflight().speakerTest.running) {
      <bc-level-meter data-testid="preflight-speaker-meter" [peakHold]="true" [level]="preflight().speakerTest.level" [label]="'preflight.speakerMeter' | translate" />
    }
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="preflight-refusal">{{ r | refusalText }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.4rem; }
    h3 { font-size: 0.85rem; margin: 0.5rem 0 0; color: var(--muted); }
    .checks { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35rem; }
    li { display: grid; grid-template-columns: 5.5rem 6rem minmax(0, 1fr); gap: 0.5rem; align-items: baseline; font-size: 0.85rem; }
    .badge { border-radius: 4px; padding: 0.05rem 0.35rem; text-align: center; background: #2b333d; color: var(--text); }
    [data-level='pass'] .badge { background: var(--ok); color: #0d1014; }
    [data-level='warn'] .badge { background: var(--warn); color: #0d1014; }
    [data-level='fail'] .badge { background: var(--live); color: #fff; }
    bc-level-meter { width: 100%; height: 0.5rem; }
    bc-video-view { aspect-ratio: 16 / 9; width: 100%; max-width: 20rem; border-radius: 6px; background: #000; }
    .placeholder { color: var(--muted); display: grid; place-items: center; height: 100%; margin: 0; font-size: 0.8rem; }
    .actions { flex-wrap: wrap; }
    .actions button { white-space: nowrap; }
    .playback { display: inline-flex; gap: 0.3rem; align-items: center; font-size: 0.85rem; }
  `,
})
export class PreflightChecklist {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  private readonly session = this.store.selectSignal(sessionFeature.selectStatus);
  private readonly engineStatus = this.store.selectSignal(engineInfoFeature.selectStatus);
  private readonly inputs = this.store.selectSignal(selectPreflightInputs);
  protected readonly preflight = this.store.selectSignal(preflightFeature.selectPreflightState);

  /** The SDKAppID the speed test identifies with (the room form's). */
  readonly sdkAppId = input.required<number>();
  /** The userId the speed test identifies with (the room form's). */
  readonly userId = input.required<string>();

  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
  protected readonly canRun = computed(() => this.session() === 'idle' && this.engineStatus() === 'ready' && this.preflight().speedTest.status !== 'running');
  /** Whether the mic test plays the microphone back to the speaker (the SDK's default: off). */
  protected readonly playback = signal(false);
  /** The camera test's picture, drawn by the engine side apart from the preview. */
  protected readonly cameraStream = CAMERA_TEST_STREAM;
  protected readonly checks = computed(() => preflightChecks(this.inputs(), this.clock.now()));

  /** Starts every check; the mic test restarts so its five-second window starts now, the camera and speaker tests from the top. */
  protected async run(): Promise<void> {
    await startPreflight(this.command.send, { sdkAppId: this.sdkAppId(), userId: this.userId(), playback: this.playback(), micRunning: this.preflight().micTest.running });
  }
}
