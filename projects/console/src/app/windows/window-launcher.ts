import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ConsoleWindows } from './console-windows';
import { PreviewDock } from './preview-dock';

/** Opens or focuses the preview and wall windows, and docks or pops out the preview. */
@Component({
  selector: 'bc-window-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (dock.docked()) {
      <button type="button" data-testid="pop-out-preview" (click)="dock.popOut()">{{ 'windows.popOut' | translate }}</button>
    } @else {
      <button type="button" data-testid="open-preview" (click)="windows.open('preview')">{{ 'windows.openPreview' | translate }}</button>
      <button type="button" data-testid="dock-preview" (click)="dock.dock()">{{ 'windows.dock' | translate }}</button>
    }
    <button type="button" data-testid="open-wall" (click)="windows.open('wall')">{{ 'windows.openWall' | translate }}</button>
  `,
})
export class WindowLauncher {
  protected readonly windows = inject(ConsoleWindows);
  protected readonly dock = inject(PreviewDock);
}
