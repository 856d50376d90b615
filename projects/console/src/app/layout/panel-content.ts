import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, resource } from '@angular/core';

import type { ConsolePanel } from './console-panels';

/**
 * A panel's own content, loaded when it is first shown: each panel is its own chunk, so the console's first
 * load carries the layout and not every panel's code.
 */
@Component({
  selector: 'bc-panel-content',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgComponentOutlet],
  template: `
    @if (component.value(); as shown) {
      <ng-container *ngComponentOutlet="shown" />
    }
  `,
})
export class PanelContent {
  /** The panel whose content this shows. */
  readonly panel = input.required<ConsolePanel>();

  protected readonly component = resource({ params: () => this.panel(), loader: ({ params }) => params.load() });
}
