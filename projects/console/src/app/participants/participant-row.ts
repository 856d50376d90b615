import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { qualityOf, remoteMetersFeature, voiceLevelOf, type RemoteUser } from '@broadcast-core/room-state';
import { ElapsedClock, formatElapsed, LevelMeter, qualityKey } from '@broadcast-core/ui';


/** How a network quality looks at a glance; the words beside it carry the meaning. */
const QUALITY_TONES: Record<TRTCQuality, 'unknown' | 'ok' | 'warn' | 'bad'> = {
  [TRTCQuality.TRTCQuality_Unknown]: 'unknown',
  [TRTCQuality.TRTCQuality_Excellent]: 'ok',
  [TRTCQuality.TRTCQuality_Good]: 'ok',
  [TRTCQuality.TRTCQuality_Poor]: 'warn',
  [TRTCQuality.TRTCQuality_Bad]: 'bad',
  [TRTCQuality.TRTCQuality_Vbad]: 'bad',
  [TRTCQuality.TRTCQuality_Down]: 'bad',
};

/** One remote user: what they send, how loud, how their link is, how long they have been here, and a local mute. */
@Component({
  selector: 'bc-participant-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LevelMeter],
  template: `
    <strong class="user" data-testid="participant-user">{{ user().userId }}</strong>
    <span class="flag" data-testid="participant-video" [class.on]="user().videoAvailable">
      {{ (user().videoAvailable ? 'participants.video.on' : 'participants.video.off') | translate }}
    </span>
    <span class="flag" data-testid="participant-audio" [class.on]="user().audioAvailable">
      {{ (user().audioAvailable ? 'participants.audio.on' : 'participants.audio.off') | translate }}
    </span>
    <bc-level-meter data-testid="participant-volume" [level]="level()"
      [label]="'participants.voice' | translate: { user: user().userId }"
      [valueText]="'participants.voiceValue' | translate: { level: level() }" />
    <span class="quality" data-testid="participant-quality" [attr.data-tone]="tone()">
      <span class="dot" aria-hidden="true"></span>
      {{ 'participants.network' | translate: { quality: (qualityKey() | translate) } }}
    </span>
    <span class="joined" data-testid="participant-joined">
      @if (elapsed(); as time) {
        {{ 'participants.joined' | translate: { time } }}
      } @else {
        {{ 'participants.joinedUnknown' | translate }}
      }
    </span>
    <button type="button" class="mute" data-testid="participant-mute" [attr.aria-pressed]="user().audioMuted"
      [attr.aria-label]="'participants.muteLabel' | translate: { user: user().userId }"
      (click)="muteChange.emit(!user().audioMuted)">
      {{ 'participants.mute' | translate }}
    </button>
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.75rem; font-size: 0.85rem; }
    .user { min-width: 6rem; }
    .flag { color: var(--muted); }
    .flag.on { color: var(--text); }
    .quality { display: inline-flex; align-items: center; gap: 0.3rem; }
    .dot { width: 0.6rem; height: 0.6rem; border-radius: 50%; background: var(--muted); }
    [data-tone='ok'] .dot { background: var(--ok); }
    [data-tone='warn'] .dot { background: var(--warn); }
    [data-tone='bad'] .dot { background: var(--live); }
    .joined { color: var(--muted); font-variant-numeric: tabular-nums; }
    .mute { margin-left: auto; padding: 0.2rem 0.6rem; }
    .mute[aria-pressed='true'] { background: var(--live); border-color: var(--live); color: #fff; }
  `,
})
export class ParticipantRow {
  private readonly clock = inject(ElapsedClock);
  private readonly voice = inject(Store).selectSignal(remoteMetersFeature.selectVoice);
  private readonly qualities = inject(Store).selectSignal(remoteMetersFeature.selectQuality);

  /** The remote user shown. */
  readonly user = input.required<RemoteUser>();
  /** Asks for this user's audio to stop (true) or resume (false) playing here. */
  readonly muteChange = output<boolean>();

  /** How loud this user is now (0-100). */
  protected readonly level = computed(() => voiceLevelOf(this.voice(), this.user().userId));
  /** This user's network quality now. */
  protected readonly quality = computed(() => qualityOf(this.qualities(), this.user().userId));
  protected readonly qualityKey = computed(() => qualityKey(this.quality()));
  protected readonly tone = computed(() => QUALITY_TONES[this.quality()] ?? 'unknown');
  protected readonly elapsed = computed(() => {
    const joinedAt = this.user().joinedAt;
    return joinedAt === null ? null : formatElapsed(this.clock.now() - joinedAt);
  });
}
