import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { injectCommand } from '@broadcast-core/bridge-client';
import { screenShareFeature, selectCanStartShare, selectEngineReady, selectOtherSharer, selectShareableSources, sessionFeature } from '@broadcast-core/room-state';
import { CodeTextPipe, RefusalTextPipe } from '@broadcast-core/ui';

import { SHARE_PRESETS, presetOf } from './share-presets';
import { SHARE_REGIONS, shareRegion, type ShareRegionId } from './share-regions';

/**
 * The screen share (the sub stream): lists the screens and windows with their thumbnails, shares the one
 * picked at a chosen quality, and pauses, resumes or stops it. Every window sees the same share state.
 */
@Component({
  selector: 'bc-screen-share-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe, CodeTextPipe],
  styles: `
    .sources { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.5rem; padding: 0; margin: 0.4rem 0; list-style: none; }
    .source { display: grid; gap: 0.2rem; width: 100%; padding: 0.3rem; text-align: left; border: 2px solid transparent; }
    .source[aria-pressed='true'] { border-color: var(--accent, #4a90e2); }
    .source img { width: 100%; aspect-ratio: 16 / 9; object-fit: contain; background: #111; }
    .source small { color: inherit; font-size: 0.85em; } /* on a picked (blue) source too, it keeps the text's contrast */
    .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    fieldset { display: block; }
    label, select { display: block; max-width: 100%; }
    label.check { display: flex; gap: 0.4rem; align-items: center; }
  `,
  template: `
    <p role="status" data-testid="share-status">
      {{ 'share.status.' + status() | translate: { name: sharedName() } }}
      @if (sharedRegion(); as r) {
        <span data-testid="share-status-region">· {{ 'share.partShared' | translate: { width: r.right - r.left, height: r.bottom - r.top } }}</span>
      }
    </p>
    @if (!inRoom()) {
      <p class="hint" id="share-blocked" data-testid="share-not-in-room">{{ 'share.notInRoom' | translate }}</p>
    }
    @if (otherSharer(); as userId) {
      <p class="hint" data-testid="share-other-sharer">{{ 'share.otherSharer' | translate: { userId } }}</p>
    }
    <div class="actions">
      <button type="button" data-testid="share-list" [disabled]="!engineReady()" (click)="command.send({ type: 'getScreenCaptureSources' })">
        {{ (sources().length ? 'share.refresh' : 'share.list') | translate }}
      </button>
    </div>
    <fieldset>
      <legend>{{ 'share.sources' | translate }}</legend>
      @if (sources().length === 0) {
        <p class="hint" data-testid="share-no-sources">{{ 'share.noSources' | translate }}</p>
      }
      <ul class="sources">
        @for (s of sources(); track s.sourceId) {
          <li>
            <button type="button" class="source" [attr.aria-pressed]="s.sourceId === chosen()" [attr.data-testid]="'share-source-' + s.sourceId" (click)="picked.set(s.sourceId)">
              @if (s.thumbnail) {
                <img [src]="s.thumbnail" alt="" [attr.data-testid]="'share-thumb-' + s.sourceId" />
              }
              <span>{{ s.sourceName }}</span>
              <small>{{ 'share.kind.' + s.kind | translate }} · {{ 'share.size' | translate: { width: s.width, height: s.height } }}</small>
            </button>
          </li>
        }
      </ul>
      <p class="hint">{{ 'share.ownWindowsLeftOut' | translate }}</p>
    </fieldset>
    <label>
      {{ 'share.preset' | translate }}
      <select data-testid="share-preset" [value]="presetId()" (change)="choosePreset(presetSelect.value)" #presetSelect>
        @for (p of presets; track p.id) {
          <option [value]="p.id">{{ 'share.presets.' + p.id | translate }}</option>
        }
      </select>
    </label>
    <label>
      {{ 'share.region' | translate }}
      <select data-testid="share-region" [value]="regionId()" (change)="chooseRegion(regionSelect.value)" #regionSelect>
        @for (r of regions; track r) {
          <option [value]="r">{{ 'share.regions.' + r | translate }}</option>
        }
      </select>
    </label>
    <label class="check"><input type="checkbox" data-testid="share-mouse" [checked]="mouse()" (change)="mouse.set(mouseBox.checked)" #mouseBox /> {{ 'share.mouse' | translate }}</label>
    <label class="check"><input type="checkbox" data-testid="share-border" [checked]="border()" (change)="border.set(borderBox.checked)" #borderBox /> {{ 'share.border' | translate }}</label>
    <div class="actions">
      <button type="button" data-testid="share-start" [disabled]="!canStart() || !chosen()" [attr.aria-describedby]="inRoom() ? null : 'share-blocked'" (click)="start()">
        {{ 'share.start' | translate }}
      </button>
      @if (status() === 'paused' || status() === 'resuming') {
        <button type="button" data-testid="share-resume" [disabled]="status() !== 'paused'" (click)="command.send({ type: 'resumeScreenCapture' })">{{ 'share.resume' | translate }}</button>
      } @else {
        <button type="button" data-testid="share-pause" [disabled]="status() !== 'sharing'" (click)="command.send({ type: 'pauseScreenCapture' })">{{ 'share.pause' | translate }}</button>
      }
      <button type="button" data-testid="share-stop" [disabled]="!canStop()" (click)="command.send({ type: 'stopScreenCapture' })">{{ 'share.stop' | translate }}</button>
    </div>
    @if (lastError(); as error) {
      <p class="refusal" role="alert" data-testid="share-error">
        {{ 'share.failed' | translate: { reason: (error.code | codeText) } }} <code data-testid="share-error-code">{{ error.code }}</code>
      </p>
    }
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="share-refusal">{{ 'share.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
})
export class ScreenSharePanel {
  private readonly store = inject(Store);
  private readonly share = this.store.selectSignal(screenShareFeature.selectScreenShareState);

  protected readonly presets = SHARE_PRESETS;
  protected readonly sources = this.store.selectSignal(selectShareableSources);
  protected readonly status = computed(() => this.share().status);
  protected readonly lastError = computed(() => this.share().lastError);
  protected readonly sharedName = computed(() => this.share().source?.sourceName ?? '');
  protected readonly otherSharer = this.store.selectSignal(selectOtherSharer);
  protected readonly canStart = this.store.selectSignal(selectCanStartShare);
  protected readonly engineReady = this.store.selectSignal(selectEngineReady);
  private readonly sessionStatus = this.store.selectSignal(sessionFeature.selectStatus);
  protected readonly inRoom = computed(() => this.sessionStatus() === 'in-room');
  protected readonly canStop = computed(() => ['starting', 'sharing', 'paused', 'pausing', 'resuming'].includes(this.status()));
  /** The source the operator picked; the first listed (a screen) until then. */
  protected readonly picked = signal<string | null>(null);
  protected readonly chosen = computed(() => {
    const list = this.sources();
    const picked = this.picked();
    return list.some((s) => s.sourceId === picked) ? picked : (list[0]?.sourceId ?? null);
  });
  /** The chosen preset; the room's sub encoder when it is one of them. */
  private readonly choice = signal<string | null>(null);
  protected readonly presetId = computed(() => this.choice() ?? presetOf(this.share().encoder)?.id ?? SHARE_PRESETS[0].id);
  protected readonly regions = SHARE_REGIONS;
  /** Which part of the source to share. */
  protected readonly regionId = signal<ShareRegionId>('whole');
  /** Whether the share captures the mouse pointer (the SDK's default). */
  protected readonly mouse = signal(true);
  /** Whether viewers see a border round a shared screen: off, since an audience rarely should. */
  protected readonly border = signal(false);
  protected readonly sharedRegion = computed(() => this.share().source?.region ?? null);
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  /** Picks the part of the source to share next. */
  protected chooseRegion(id: string): void {
    const region = SHARE_REGIONS.find((r) => r === id);
    if (region) this.regionId.set(region);
  }

  /** Picks a quality; a share in progress takes it at once. */
  protected choosePreset(id: string): void {
    this.choice.set(id);
    const preset = SHARE_PRESETS.find((p) => p.id === id);
    if (preset && this.status() !== 'idle') void this.command.send({ type: 'setSubStreamEncoderParam', params: preset.encoder });
  }

  /** Shares the chosen part of the chosen source at the chosen quality, with the chosen capture options. */
  protected start(): void {
    const source = this.sources().find((s) => s.sourceId === this.chosen());
    if (!source) return;
    const preset = SHARE_PRESETS.find((p) => p.id === this.presetId()) ?? SHARE_PRESETS[0];
    const region = shareRegion(this.regionId(), source);
    void this.command.send({
      type: 'startScreenCapture',
      sourceId: source.sourceId,
      encoder: preset.encoder,
      ...(region && { region }),
      capture: { mouse: this.mouse(), border: this.border() },
    });
  }
}
