import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { injectCommand } from '@broadcast-core/bridge-client';
import { currentMusicTrack, musicFeature, musicPositionAt, type MusicTrack } from '@broadcast-core/room-state';
import { ElapsedClock, formatElapsed, RefusalTextPipe } from '@broadcast-core/ui';

import { VolumeSlider } from '../mixer/volume-slider';

/** The codes the SDK's music observer gives, which the panel explains in words. */
const KNOWN_ERRORS = new Set([-4001, -4002]);

/**
 * Background music: the playlist (the sandbox's tracks and local files), play, pause, stop, a seek bar that runs
 * on between the broker's once-a-second positions, loop, and the volumes others hear and heard here.
 */
@Component({
  selector: 'bc-music-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, VolumeSlider, RefusalTextPipe],
  template: `
    <div class="now" data-testid="music-now">
      <strong data-testid="music-track-name">{{ track()?.name ?? ('music.nothing' | translate) }}</strong>
      <span class="status" data-testid="music-status" [attr.data-status]="music().status">{{ 'music.status.' + music().status | translate }}</span>
      <output data-testid="music-position">{{ 'music.position' | translate: { position: positionText(), duration: durationText() } }}</output>
    </div>
    <input type="range" class="seek" data-testid="music-seek" min="0" step="1000" [max]="music().durationMs" [value]="position()"
      [disabled]="!seekable()" [attr.aria-label]="'music.seek' | translate: { track: track()?.name ?? '' }"
      [attr.aria-valuetext]="'music.position' | translate: { position: positionText(), duration: durationText() }"
      (change)="command.send({ type: 'seekMusicToPosInTime', positionMs: toNumber($event) })" />
    <div class="transport">
      @if (music().status === 'playing') {
        <button type="button" data-testid="music-pause" (click)="command.send({ type: 'pausePlayMusic' })">{{ 'music.pause' | translate }}</button>
      } @else {
        <button type="button" data-testid="music-play" [disabled]="!playable()" (click)="play()">{{ 'music.play' | translate }}</button>
      }
      <button type="button" data-testid="music-stop" [disabled]="!music().current" (click)="command.send({ type: 'stopPlayMusic' })">{{ 'music.stop' | translate }}</button>
      <label><input type="checkbox" data-testid="music-loop" [checked]="music().loop" (change)="command.send({ type: 'setMusicLoop', loop: checked($event) })" />
        {{ 'music.loop' | translate }}</label>
    </div>
    @if (music().status === 'failed' && music().error; as error) {
      <p class="error" role="alert" data-testid="music-error" [attr.data-code]="error.code">
        {{ (known(error.code) ? 'music.errors.' + error.code : 'music.errors.other') | translate: { code: error.code, message: error.message } }}
      </p>
    }
    <bc-volume-slider testId="music-publish-volume" [label]="'music.publishVolume' | translate" [volume]="music().publishVolume"
      (volumeChange)="command.send({ type: 'setMusicPublishVolume', volume: $event })" />
    <bc-volume-slider testId="music-playout-volume" [label]="'music.playoutVolume' | translate" [volume]="music().playoutVolume"
      (volumeChange)="command.send({ type: 'setMusicPlayoutVolume', volume: $event })" />
    <label class="row">
      <span class="name">{{ 'music.pitch' | translate }}</span>
      <input type="range" data-testid="music-pitch" min="-1" max="1" step="0.1" [value]="music().pitch" (change)="command.send({ type: 'setMusicPitch', pitch: toNumber($event) })" />
      <output class="value">{{ music().pitch }}</output>
    </label>
    <h3 id="music-playlist-heading">{{ 'music.playlist' | translate }}</h3>
    <ul data-testid="music-playlist" aria-labelledby="music-playlist-heading">
      @for (t of music().tracks; track t.path) {
        <li data-testid="music-track" [attr.data-path]="t.path" [class.current]="t.path === music().current?.path">
          <button type="button" class="link" data-testid="music-play-track" [attr.aria-label]="'music.playTrack' | translate: { track: t.name }" (click)="command.send({ type: 'startPlayMusic', path: t.path })">
            {{ t.name }}
          </button>
          <span class="meta">{{ t.durationMs === null ? ('music.unknownLength' | translate) : length(t.durationMs) }}@if (t.builtIn) { · {{ 'music.builtIn' | translate }} }</span>
          @if (!t.builtIn) {
            <button type="button" data-testid="music-remove-track" [attr.aria-label]="'music.removeTrack' | translate: { track: t.name }" (click)="command.send({ type: 'removeMusicTrack', path: t.path })">×</button>
          }
        </li>
      }
    </ul>
    <form class="add" (submit)="add($event)">
      <label>
        <span class="name">{{ 'music.path' | translate }}</span>
        <input type="text" data-testid="music-path" [value]="path()" (input)="path.set(text($event))" [attr.aria-description]="'music.pathHint' | translate" />
      </label>
      <button type="submit" data-testid="music-add" [disabled]="!path().trim()">{{ 'music.add' | translate }}</button>
    </form>
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="music-refusal">{{ 'music.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.5rem; }
    .now { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; font-size: 0.9rem; }
    .status { color: var(--muted); }
    output { font-variant-numeric: tabular-nums; }
    /* width auto stretches the range over the grid cell; 100% overflowed the panel by the input's own margins. */
    .seek { width: auto; min-width: 0; margin: 0; }
    .transport { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; font-size: 0.85rem; }
    .transport label { display: inline-flex; align-items: center; gap: 0.3rem; }
    .row { display: grid; grid-template-columns: minmax(5rem, 8rem) minmax(0, 1fr) 2rem; align-items: center; gap: 0.5rem; font-size: 0.85rem; }
    .row input { width: 100%; min-width: 0; margin: 0; }
    .name { color: var(--muted); }
    h3 { font-size: 0.85rem; margin: 0.25rem 0 0; color: var(--muted); font-weight: normal; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.15rem; }
    li { display: flex; align-items: center; gap: 0.5rem; font-size: 0.85rem; }
    li.current .link { font-weight: bold; }
    .link { background: none; border: none; padding: 0; color: inherit; text-decoration: underline; cursor: pointer; }
    .meta { color: var(--muted); margin-right: auto; }
    .add { display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: end; gap: 0.5rem; }
    .add label { display: grid; gap: 0.2rem; font-size: 0.85rem; }
    .error { color: var(--danger, #c62828); margin: 0; font-size: 0.85rem; }
  `,
})
export class MusicPanel {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  protected readonly music = this.store.selectSignal(musicFeature.selectMusicState);
  protected readonly track = computed<MusicTrack | null>(() => currentMusicTrack(this.music()));
  /** The position now: the broker says where the track was about once a second, and the clock runs it on between. */
  protected readonly position = computed(() => musicPositionAt(this.music(), this.clock.now()));
  protected readonly positionText = computed(() => formatElapsed(this.position()));
  protected readonly durationText = computed(() => formatElapsed(this.music().durationMs));
  protected readonly seekable = computed(() => (this.music().status === 'playing' || this.music().status === 'paused') && this.music().durationMs > 0);
  protected readonly playable = computed(() => this.music().status === 'paused' || this.music().tracks.length > 0);
  /** The local file path being typed (window-local). */
  protected readonly path = signal('');
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  /** Resumes a paused track, else plays the current track again, or the first of the playlist. */
  protected play(): void {
    const music = this.music();
    if (music.status === 'paused') {
      void this.command.send({ type: 'resumePlayMusic' });
      return;
    }
    const path = this.track()?.path ?? music.tracks[0]?.path;
    if (path) void this.command.send({ type: 'startPlayMusic', path });
  }

  protected async add(event: Event): Promise<void> {
    event.preventDefault();
    const path = this.path().trim();
    if (!path) return;
    if (await this.command.send({ type: 'addMusicTrack', path })) this.path.set('');
  }

  protected known(code: number): boolean {
    return KNOWN_ERRORS.has(code);
  }

  protected length(ms: number): string {
    return formatElapsed(ms);
  }

  protected toNumber(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
