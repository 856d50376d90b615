import { CdkDrag, CdkDropList, CdkDropListGroup, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { injectIsSandboxEngine } from '../sandbox/sandbox-engine';
import { DockedPreview } from '../windows/docked-preview';
import { PreviewDock } from '../windows/preview-dock';
import { ConsoleLayout } from './console-layout';
import { consolePanel, type ConsolePanel } from './console-panels';
import { PanelDock } from './panel-dock';

/**
 * The docked panels in columns that share one drag group, so a panel can be dragged within a column or
 * to another; the docked preview heads the first column.
 */
@Component({
  selector: 'bc-panel-columns',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CdkDropListGroup, CdkDropList, CdkDrag, PanelDock, DockedPreview],
  template: `
    <p id="layout-move-hint" class="visually-hidden">{{ 'layout.moveHint' | translate }}</p>
    <div class="columns" cdkDropListGroup>
      @for (column of columns(); track $index; let c = $index) {
        <div class="column" [attr.data-testid]="'panel-column-' + c">
          @if (c === 0 && preview.docked()) {
            <section aria-labelledby="docked-heading" class="panel docked-preview">
              <h2 id="docked-heading">{{ 'windows.preview' | translate }}</h2>
              <bc-docked-preview />
            </section>
          }
          <div class="drop-list" cdkDropList [cdkDropListData]="c" (cdkDropListDropped)="drop($event)">
            @for (panel of column; track panel.id) {
              <bc-panel-dock cdkDrag [cdkDragData]="panel.id" [panel]="panel" />
            }
          </div>
        </div>
      }
    </div>
  `,
})
export class PanelColumns {
  private readonly layout = inject(ConsoleLayout);
  private readonly isSandbox = injectIsSandboxEngine();
  protected readonly preview = inject(PreviewDock);

  /** Each column's panels, leaving out the sandbox's own panel on Tencent's cloud. */
  protected readonly columns = computed(() =>
    this.layout.layout().columns.map((ids) =>
      ids.map(consolePanel).filter((panel): panel is ConsolePanel => !!panel && (!panel.sandboxOnly || this.isSandbox())),
    ),
  );

  /** A drop: the panel goes where it was dropped, counted among the panels shown in that column. */
  protected drop(event: CdkDragDrop<number, number, string>): void {
    const target = this.columns()[event.container.data];
    const before = target.filter((panel) => panel.id !== event.item.data)[event.currentIndex];
    const ids = this.layout.layout().columns[event.container.data].filter((id) => id !== event.item.data);
    const index = before ? ids.indexOf(before.id) : ids.length;
    this.layout.move(event.item.data, event.container.data, index);
  }
}
