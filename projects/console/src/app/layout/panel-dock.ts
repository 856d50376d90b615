import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, DOCUMENT, EnvironmentInjector, afterNextRender, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DESKTOP_API } from '@broadcast-core/desktop';

import { ConsoleLayout } from './console-layout';
import type { ConsolePanel } from './console-panels';
import { PanelContent } from './panel-content';
import type { PanelStep } from './panel-layout';
import { PanelWindows } from './panel-windows';

/** Alt+arrow keys and the way each moves a panel. */
const STEPS: Record<string, PanelStep> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * One docked panel: its section and heading (which tests and screen readers find it by), a header to
 * drag it by or move it with Alt+arrows, a fold button, and the panel itself, which scrolls inside.
 */
@Component({
  selector: 'bc-panel-dock',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PanelContent, CdkDragHandle],
  host: { class: 'dock', '[attr.data-panel]': 'panel().id', '[class.collapsed]': 'collapsed()' },
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId()" [attr.data-testid]="panel().id + '-panel'">
      <header class="panel-header">
        <button type="button" class="grip" cdkDragHandle [attr.data-testid]="'move-' + panel().id" (keydown)="onKey($event)"
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
          [attr.aria-label]="'layout.move' | translate: { panel: (panel().headingKey | translate) }"
          [attr.aria-describedby]="'layout-move-hint'">⠿</button>
        <h2 [id]="headingId()">{{ panel().headingKey | translate }}</h2>
        @if (foldedOnAir()) {
          <span class="folded-on-air" [attr.data-testid]="'folded-on-air-' + panel().id">{{ 'layout.foldedOnAir' | translate }}</span>
        }
        @if (canPopOut) {
          <button type="button" class="pop" [attr.data-testid]="'pop-out-' + panel().id" (keydown)="onKey($event)"
            [attr.aria-label]="(popped() ? 'layout.dockBackLabel' : 'layout.popOut') | translate: { panel: (panel().headingKey | translate) }"
            (click)="popped() ? windows.dockBack(panel().id) : windows.popOut(panel().id)">{{ popped() ? '⇲' : '⇱' }}</button>
        }
        <button type="button" class="fold" [attr.data-testid]="'fold-' + panel().id" (keydown)="onKey($event)"
          [attr.aria-expanded]="!collapsed()" [attr.aria-controls]="bodyId()"
          [attr.aria-label]="(collapsed() ? 'layout.expand' : 'layout.collapse') | translate: { panel: (panel().headingKey | translate) }"
          (click)="layout.toggleCollapsed(panel().id)">{{ collapsed() ? '▸' : '▾' }}</button>
      </header>
      <div class="panel-body" [id]="bodyId()" [hidden]="collapsed()">
        @if (popped()) {
          <p class="popped-place" [attr.data-testid]="'popped-' + panel().id">
            {{ 'layout.poppedOut' | translate }}
            <button type="button" [attr.data-testid]="'dock-back-' + panel().id" (click)="windows.dockBack(panel().id)">{{ 'layout.dockBack' | translate }}</button>
          </p>
        } @else if (!collapsed()) {
          <bc-panel-content [panel]="panel()" />
        }
      </div>
    </section>
  `,
})
export class PanelDock {
  protected readonly layout = inject(ConsoleLayout);
  protected readonly windows = inject(PanelWindows);
  /** Pop-out opens browser windows: the browser host's, not the desktop app's (its window manager knows three windows). */
  protected readonly canPopOut = inject(DESKTOP_API) === null;
  private readonly document = inject(DOCUMENT);
  // The app's injector, which outlives this dock when the move re-creates it in another column.
  private readonly injector = inject(EnvironmentInjector);

  /** The panel docked here. */
  readonly panel = input.required<ConsolePanel>();

  protected readonly headingId = computed(() => `${this.panel().id}-heading`);
  protected readonly bodyId = computed(() => `${this.panel().id}-body`);
  protected readonly collapsed = computed(() => this.layout.isCollapsed(this.panel().id));
  protected readonly popped = computed(() => this.windows.isPopped(this.panel().id));
  protected readonly foldedOnAir = computed(() => this.layout.foldedOnAir(this.panel().id));

  /** Alt+arrows on the header's buttons move the panel; focus stays on the button that had it. */
  protected onKey(event: KeyboardEvent): void {
    const step = STEPS[event.key];
    if (!event.altKey || !step) return;
    event.preventDefault();
    const testId = (event.target as HTMLElement).getAttribute('data-testid');
    this.layout.step(this.panel().id, step);
    // A panel moved to another column is rendered anew there, which drops focus: give it to the same button.
    afterNextRender(() => this.document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus(), { injector: this.injector });
  }
}
