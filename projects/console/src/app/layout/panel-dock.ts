import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ConsoleLayout } from './console-layout';
import type { ConsolePanel } from './console-panels';
import type { PanelStep } from './panel-layout';

/** Alt+arrow keys and the way each moves a panel. */
const STEPS: Record<string, PanelStep> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * One docked panel: its section and heading (which tests and screen readers find it by), a header to
 * drag it by or move it with Alt+arrows, a fold button, and the panel itself, which scrolls inside.
 */
@Component({
  selector: 'bc-panel-dock',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, NgComponentOutlet, CdkDragHandle],
  host: { class: 'dock', '[attr.data-panel]': 'panel().id', '[class.collapsed]': 'collapsed()' },
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId()" [attr.data-testid]="panel().id + '-panel'">
      <header class="panel-header">
        <button type="button" class="grip" cdkDragHandle [attr.data-testid]="'move-' + panel().id" (keydown)="onKey($event)"
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
          [attr.aria-label]="'layout.move' | translate: { panel: (panel().headingKey | translate) }"
          [attr.aria-describedby]="'layout-move-hint'">⠿</button>
        <h2 [id]="headingId()">{{ panel().headingKey | translate }}</h2>
        <button type="button" class="fold" [attr.data-testid]="'fold-' + panel().id" (keydown)="onKey($event)"
          [attr.aria-expanded]="!collapsed()" [attr.aria-controls]="bodyId()"
          [attr.aria-label]="(collapsed() ? 'layout.expand' : 'layout.collapse') | translate: { panel: (panel().headingKey | translate) }"
          (click)="layout.toggleCollapsed(panel().id)">{{ collapsed() ? '▸' : '▾' }}</button>
      </header>
      <div class="panel-body" [id]="bodyId()" [hidden]="collapsed()">
        @if (!collapsed()) {
          <ng-container *ngComponentOutlet="panel().component" />
        }
      </div>
    </section>
  `,
})
export class PanelDock {
  protected readonly layout = inject(ConsoleLayout);

  /** The panel docked here. */
  readonly panel = input.required<ConsolePanel>();

  protected readonly headingId = computed(() => `${this.panel().id}-heading`);
  protected readonly bodyId = computed(() => `${this.panel().id}-body`);
  protected readonly collapsed = computed(() => this.layout.layout().collapsed.includes(this.panel().id));

  /** Alt+arrows on the header's buttons move the panel; focus stays on the button that had it. */
  protected onKey(event: KeyboardEvent): void {
    const step = STEPS[event.key];
    if (!event.altKey || !step) return;
    event.preventDefault();
    const focused = event.target as HTMLElement;
    this.layout.step(this.panel().id, step);
    // The panel's element moves in the DOM, which drops focus: give it back.
    queueMicrotask(() => focused.focus());
  }
}
