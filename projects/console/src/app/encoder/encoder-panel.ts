import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { merge, map } from 'rxjs';
import { TRTCAppScene, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { encoderParamsSchema, issueRefusal, type IssueRefusal } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature, sessionFeature, type EncoderParams } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { RESOLUTION_GROUPS, encodedSize, findResolution, recommendedKbps } from './resolutions';

/** A field of TRTCVideoEncParam the panel sets. */
type Field = keyof EncoderParams;

const CALL_SCENES: readonly (TRTCAppScene | null)[] = [TRTCAppScene.TRTCAppSceneVideoCall, TRTCAppScene.TRTCAppSceneAudioCall];

/**
 * TRTCVideoEncParam, applied live: every change sends setVideoEncoderParam with
 * the full params, checked first with the broker's own rules. The room state is
 * the source of truth, so the form follows changes made in any window.
 */
@Component({
  selector: 'bc-encoder-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, RefusalTextPipe],
  templateUrl: './encoder-panel.html',
  styles: `
    form { display: grid; gap: 0.6rem; }
    .recommended { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .check { display: flex; align-items: center; gap: 0.4rem; }
  `,
})
export class EncoderPanel {
  private readonly store = inject(Store);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly encoder = this.store.selectSignal(localMediaFeature.selectEncoder);
  private readonly scene = this.store.selectSignal(sessionFeature.selectScene);

  protected readonly groups = RESOLUTION_GROUPS.map((g) => ({ ...g, key: `encoder.aspect.${g.aspect.replace(':', 'x')}` }));
  protected readonly modes = [
    { value: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, key: 'encoder.landscape' },
    { value: TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait, key: 'encoder.portrait' },
  ];
  protected readonly form = this.fb.group({
    videoResolution: this.fb.control(this.encoder().videoResolution),
    resMode: this.fb.control(this.encoder().resMode),
    videoFps: this.fb.control<number | null>(this.encoder().videoFps),
    videoBitrate: this.fb.control<number | null>(this.encoder().videoBitrate),
    minVideoBitrate: this.fb.control<number | null>(this.encoder().minVideoBitrate),
    enableAdjustRes: this.fb.control(this.encoder().enableAdjustRes),
  });
  /** The rule the last edit broke, shown at the field edited; nothing was sent. */
  protected readonly invalid = signal<{ field: Field; refusal: IssueRefusal } | null>(null);
  /** Sends the changes; its refusal() says why the broker refused the last one, shown in the window's language. */
  protected readonly command = injectCommand();
  /**
   * Changes sent whose answer has not come back: the next change builds on
   * them, not on a room state that does not show them yet, so two quick edits
   * never undo each other.
   */
  private inFlight: Partial<EncoderParams> = {};

  protected readonly encodedSize = computed(() => {
    const size = encodedSize(this.encoder().videoResolution, this.encoder().resMode);
    return size ? `${size.width}×${size.height}` : '';
  });
  /** The SDK's recommended bitrate for the current resolution and scene. */
  protected readonly recommendation = computed(() => {
    const { videoResolution, videoBitrate } = this.encoder();
    const kbps = recommendedKbps(videoResolution, this.scene());
    const resolution = findResolution(videoResolution);
    if (kbps === null || !resolution) return null;
    const key = CALL_SCENES.includes(this.scene()) ? 'encoder.recommended.call' : 'encoder.recommended.live';
    return { kbps, size: resolution.label, key, applied: videoBitrate === kbps };
  });

  constructor() {
    // Whoever changed the encoder, the form shows what the room runs with.
    effect(() => {
      const params = this.encoder();
      untracked(() => this.showState(params));
    });
    // Choices apply at once; number fields wait for their change event (see the template).
    const c = this.form.controls;
    merge(
      c.videoResolution.valueChanges.pipe(map((value) => ['videoResolution', value] as const)),
      c.resMode.valueChanges.pipe(map((value) => ['resMode', value] as const)),
      c.enableAdjustRes.valueChanges.pipe(map((value) => ['enableAdjustRes', value] as const)),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(([field, value]) => void this.apply(field, value));
  }

  /** The error to show beside a field. */
  protected errorOf(field: Field): IssueRefusal | null {
    const invalid = this.invalid();
    return invalid?.field === field ? invalid.refusal : null;
  }

  /** Sends a number field's value once the user committed it (blur, Enter or the spinner). */
  protected commit(field: 'videoFps' | 'videoBitrate' | 'minVideoBitrate'): void {
    void this.apply(field, this.form.controls[field].value);
  }

  /** Validates the current params with one field changed and, when valid, sets them. */
  protected async apply(field: Field, value: unknown): Promise<void> {
    const parsed = encoderParamsSchema.safeParse({ ...this.encoder(), ...this.inFlight, [field]: value }, { reportInput: true });
    // Committed either way: from now on the field follows the room (a refused value until the room changes).
    this.form.controls[field].markAsPristine();
    if (!parsed.success) {
      this.invalid.set({ field, refusal: issueRefusal(parsed.error.issues[0]) });
      return;
    }
    this.invalid.set(null);
    const sent = parsed.data[field];
    this.inFlight = { ...this.inFlight, [field]: sent };
    const accepted = await this.command.send({ type: 'setVideoEncoderParam', params: parsed.data });
    // The broker sends the state change before the answer, so the room state has it now.
    if (this.inFlight[field] === sent) {
      const { [field]: _done, ...rest } = this.inFlight;
      this.inFlight = rest;
    }
    if (!accepted) this.showState(this.encoder());
  }

  /** Shows the room's params, except in a field the user is still typing in. */
  private showState(params: EncoderParams): void {
    const shown: EncoderParams = { ...params, ...this.inFlight };
    for (const [field, control] of Object.entries(this.form.controls) as [Field, { dirty: boolean; setValue(v: unknown, o: object): void }][]) {
      if (!control.dirty) control.setValue(shown[field], { emitEvent: false });
    }
    if (!this.invalid() || !this.form.controls[this.invalid()!.field].dirty) this.invalid.set(null);
  }
}
