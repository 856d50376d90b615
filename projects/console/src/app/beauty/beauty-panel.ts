import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCBeautyStyle } from 'trtc-electron-sdk/liteav/trtc_define';

import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature, type BeautySettings } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

/** A 0-9 level of setBeautyStyle. */
type Level = 'beauty' | 'white' | 'ruddiness';

/**
 * The SDK's beauty filter: style plus smoothing, whitening and rosiness levels,
 * each change sent live as setBeautyStyle with the full settings.
 */
@Component({
  selector: 'bc-beauty-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, RefusalTextPipe],
  styles: `
    form { display: grid; gap: 0.6rem; }
    .level { display: grid; grid-template-columns: 1fr auto; gap: 0.25rem 0.5rem; }
    .level input { grid-column: 1 / -1; }
    output { min-width: 2ch; text-align: right; color: var(--text); }
  `,
  template: `
    <form [formGroup]="form" [attr.aria-label]="'beauty.form' | translate">
      <fieldset>
        <legend>{{ 'beauty.style' | translate }}</legend>
        @for (s of styles; track s.value) {
          <label [attr.title]="s.hintKey | translate">
            <input type="radio" formControlName="style" [value]="s.value" [attr.data-testid]="'beauty-style-' + s.name" />
            {{ s.labelKey | translate }}
          </label>
        }
      </fieldset>
      @for (l of levels; track l) {
        <label class="level">
          <span>{{ 'beauty.level.' + l | translate }}</span>
          <output [attr.for]="'beauty-' + l" aria-hidden="true" [attr.data-testid]="'beauty-' + l + '-value'">{{ form.controls[l].value }}</output>
          <input type="range" min="0" max="9" step="1" [id]="'beauty-' + l" [formControlName]="l" [attr.data-testid]="'beauty-' + l"
            [attr.aria-valuetext]="form.controls[l].value === 0 ? ('beauty.off' | translate) : ('beauty.value' | translate: { level: form.controls[l].value })"
            (change)="apply(l, form.controls[l].value)" />
        </label>
      }
      <div class="actions">
        <button type="button" data-testid="beauty-reset" [disabled]="isOff()" aria-describedby="beauty-reset-hint" (click)="reset()">
          {{ 'beauty.reset' | translate }}
        </button>
        <span id="beauty-reset-hint" class="hint">{{ 'beauty.resetHint' | translate }}</span>
      </div>
      @if (command.refusal(); as r) { <p class="refusal" role="alert" data-testid="beauty-refusal">{{ 'beauty.refused' | translate: { reason: (r | refusalText) } }}</p> }
    </form>
  `,
})
export class BeautyPanel {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly beauty = inject(Store).selectSignal(localMediaFeature.selectBeauty);

  protected readonly styles = [
    { value: TRTCBeautyStyle.TRTCBeautyStyleSmooth, name: 'smooth', labelKey: 'beauty.smooth', hintKey: 'beauty.smoothHint' },
    { value: TRTCBeautyStyle.TRTCBeautyStyleNature, name: 'natural', labelKey: 'beauty.natural', hintKey: 'beauty.naturalHint' },
  ];
  protected readonly levels: readonly Level[] = ['beauty', 'white', 'ruddiness'];
  protected readonly form = this.fb.group({
    style: this.fb.control(this.beauty().style),
    beauty: this.fb.control(this.beauty().beauty),
    white: this.fb.control(this.beauty().white),
    ruddiness: this.fb.control(this.beauty().ruddiness),
  });
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
  protected readonly isOff = computed(() => this.levels.every((l) => this.beauty()[l] === 0));

  constructor() {
    // Whoever changed the beauty filter, the sliders show what the room runs with.
    effect(() => {
      const settings = this.beauty();
      untracked(() => this.showState(settings));
    });
    // The style applies at once; sliders wait for their change event, sent when the user lets go.
    this.form.controls.style.valueChanges.pipe(takeUntilDestroyed()).subscribe((style) => void this.apply('style', style));
  }

  /** Turns every level off, keeping the style. */
  protected reset(): void {
    void this.send({ ...this.beauty(), beauty: 0, white: 0, ruddiness: 0 });
  }

  /** Sets the room's current settings with one field changed. */
  protected apply<K extends keyof BeautySettings>(field: K, value: BeautySettings[K]): void {
    void this.send({ ...this.beauty(), [field]: value });
  }

  // The controls cannot leave 0-9 or the SDK's styles, and the broker checks beautySchema again.
  private async send(beauty: BeautySettings): Promise<void> {
    if (!(await this.command.send({ type: 'setBeautyStyle', beauty }))) this.showState(this.beauty());
  }

  private showState(settings: BeautySettings): void {
    this.form.reset(settings, { emitEvent: false });
  }
}
