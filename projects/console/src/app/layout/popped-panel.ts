import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, afterNextRender, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { consolePanel } from './console-panels';
import { PanelContent } from './panel-content';
import { PanelWindows } from './panel-windows';

/**
 * A panel in a window of its own: the same section and heading as in its dock, and Dock back. Closing or
 * leaving the window docks it back too; a reload puts it out again as it loads.
 */
@Component({
  selector: 'bc-popped-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PanelContent],
  template: `
    @if (panel(); as p) {
      <section class="panel popped" [attr.aria-labelledby]="p.id + '-heading'" [attr.data-testid]="p.id + '-panel'">
        <header class="panel-header">
          <h2 [id]="p.id + '-heading'">{{ p.headingKey | translate }}</h2>
          <button type="button" [attr.data-testid]="'dock-back-' + p.id" (click)="dockBack()">{{ 'layout.dockBack' | translate }}</button>
        </header>
        <bc-panel-content [panel]="p" />
      </section>
    }
  `,
})
export class PoppedPanel {
  private readonly windows = inject(PanelWindows);
  private readonly view = inject(DOCUMENT).defaultView;

  /** The id of the panel this window shows. */
  readonly panelId = input.required<string>();

  protected readonly panel = computed(() => consolePanel(this.panelId()));

  constructor() {
    const onHide = () => this.windows.markPopped(this.panelId(), false);
    this.view?.addEventListener('pagehide', onHide);
    inject(DestroyRef).onDestroy(() => this.view?.removeEventListener('pagehide', onHide));
    afterNextRender(() => this.windows.markPopped(this.panelId(), true));
  }

  protected dockBack(): void {
    this.windows.markPopped(this.panelId(), false);
    this.view?.close();
  }
}
