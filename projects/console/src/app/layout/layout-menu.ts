import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ConsoleLayout } from './console-layout';
import { LAYOUT_PRESETS, type LayoutPreset } from './layout-presets';

/** Picks the panels' arrangement: Show, Setup, Producer, or the operator's own (Custom). */
@Component({
  selector: 'bc-layout-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <label class="layout-menu">
      {{ 'layout.preset' | translate }}
      <select data-testid="layout-preset" [value]="layout.preset()" (change)="choose($event)">
        @for (preset of presets; track preset) {
          <option [value]="preset" [selected]="preset === layout.preset()">{{ 'layout.presets.' + preset | translate }}</option>
        }
      </select>
    </label>
  `,
})
export class LayoutMenu {
  protected readonly layout = inject(ConsoleLayout);
  protected readonly presets = LAYOUT_PRESETS;

  protected choose(event: Event): void {
    this.layout.choosePreset((event.target as HTMLSelectElement).value as LayoutPreset);
  }
}
