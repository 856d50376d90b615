import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';

/** How long a peak mark and a clip lamp stay lit after the level that set them. */
export const PEAK_HOLD_MS = 1500;
/** On the SDK's 0-100 scale, the top of the range where a voice distorts: a level this high lights the clip lamp. */
export const CLIP_LEVEL = 95;

/**
 * A voice level bar (0-100), exposed to screen readers as a meter. A muted
 * source shows an empty, striped bar rather than a level nobody hears. The
 * bar is scaled, not resized, so a level change never reflows its row. With
 * `peakHold`, a mark holds the loudest recent level and a lamp lights when
 * the level reaches the clip zone, both for PEAK_HOLD_MS.
 */
@Component({
  selector: 'bc-level-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    '[attr.aria-valuenow]': 'shown()',
    '[attr.aria-valuetext]': 'valueText() ?? null',
    '[attr.aria-label]': 'label()',
    '[attr.data-level]': 'shown()',
    '[style.--level]': 'shown() / 100',
    '[class.muted]': 'muted()',
    '[class.clipped]': 'clipped()',
    '[attr.data-peak]': 'peakHold() ? peak() : null',
    '[attr.data-clipped]': 'peakHold() ? clipped() : null',
    '[style.--peak]': 'peak() / 100',
  },
  template: `<span class="fill"></span>@if (peakHold()) {<span class="peak" aria-hidden="true"></span><span class="clip" aria-hidden="true"></span>}`,
  styles: `
    :host {
      display: inline-block; width: 6em; height: 0.6em; border-radius: 999px; position: relative; container-type: inline-size;
      background: #0d1014; border: 1px solid var(--line); overflow: hidden; vertical-align: middle;
    }
    .fill {
      display: block; width: 100%; height: 100%; background: var(--ok);
      transform-origin: left; transform: scaleX(var(--level)); transition: transform 120ms linear;
    }
    :host(.muted) { background: repeating-linear-gradient(135deg, #2b333d 0 6px, #3a1d20 6px 12px); }
    .peak {
      position: absolute; top: 0; bottom: 0; left: 0; width: 2px; background: var(--text);
      transform: translateX(calc(var(--peak) * (100cqw - 2px))); transition: transform 120ms linear;
    }
    .clip { position: absolute; top: 0; right: 0; bottom: 0; width: 0.5em; background: transparent; }
    :host(.clipped) .clip { background: var(--live); }
  `,
})
export class LevelMeter {
  /** The level as the SDK reports it, 0-100. */
  readonly level = input(0);
  /** The source is muted: the bar shows nothing. */
  readonly muted = input(false);
  /** What the meter measures, for screen readers. */
  readonly label = input.required<string>();
  /** The level in words, for screen readers; the number alone when not given. */
  readonly valueText = input<string>();

  /** Hold the loudest recent level as a mark, and light a clip lamp in the clip zone. */
  readonly peakHold = input(false);

  protected readonly shown = computed(() => (this.muted() ? 0 : Math.round(Math.min(100, Math.max(0, this.level())))));
  /** The loudest level of the last PEAK_HOLD_MS (0 without peakHold). */
  protected readonly peak = signal(0);
  /** The level reached the clip zone within the last PEAK_HOLD_MS. */
  protected readonly clipped = signal(false);
  private peakTimer: ReturnType<typeof setTimeout> | undefined;
  private clipTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // peakHold is read first: a meter without it tracks nothing else, so level changes never run this effect.
    effect(() => {
      if (!this.peakHold()) return;
      const level = this.shown();
      untracked(() => this.hold(level));
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.peakTimer);
      clearTimeout(this.clipTimer);
    });
  }

  /** A louder level moves the mark up at once; the mark falls back to the level of the moment once the hold ends. */
  private hold(level: number): void {
    if (level >= this.peak()) {
      this.peak.set(level);
      clearTimeout(this.peakTimer);
      this.peakTimer = setTimeout(() => this.peak.set(this.shown()), PEAK_HOLD_MS);
    }
    if (level >= CLIP_LEVEL) {
      this.clipped.set(true);
      clearTimeout(this.clipTimer);
      this.clipTimer = setTimeout(() => this.clipped.set(false), PEAK_HOLD_MS);
    }
  }
}
