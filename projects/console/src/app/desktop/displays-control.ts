import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, inject, signal } from '@angular/core';
import { Dialog } from '@angular/cdk/dialog';
import { createGlobalPositionStrategy } from '@angular/cdk/overlay';
import { TranslatePipe } from '@ngx-translate/core';

import { DesktopLayoutStore } from './desktop-layout-store';
import { DisplaysMenu } from './displays-menu';

/**
 * The top bar's Displays button (desktop app only), opening the display menu under it, and the report of a
 * display plugged in or out mid-show: which one, and where each window went.
 */
@Component({
  selector: 'bc-displays-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .display-changes:empty { display: none; }
    .display-changes { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.2rem 0.6rem; border-radius: 6px; background: var(--warn); color: #1d1400; font-size: 0.85rem; }
    .display-changes button { padding: 0.1rem 0.5rem; }
  `,
  template: `
    <button #trigger type="button" data-testid="open-displays" aria-haspopup="dialog" [attr.aria-expanded]="open()" (click)="show(trigger)">
      {{ 'desktop.displays.open' | translate }}
    </button>
    <div class="display-changes" role="status" data-testid="display-changes">
      @if (store.changes().length > 0) {
        @for (c of store.changes(); track $index) {
          @switch (c.kind) {
            @case ('moved') {
              <span>{{ 'desktop.changes.moved' | translate: { window: ('desktop.window.' + c.window | translate), n: c.number, display: c.display, mode: ('desktop.modeAs.' + c.mode | translate) } }}</span>
            }
            @default {
              <span>{{ 'desktop.changes.' + c.kind | translate: { display: c.display } }}</span>
            }
          }
        }
        <button type="button" data-testid="dismiss-display-changes" (click)="store.dismissChanges()">{{ 'desktop.displays.dismiss' | translate }}</button>
      }
    </div>
  `,
})
export class DisplaysControl {
  protected readonly store = inject(DesktopLayoutStore);
  private readonly dialog = inject(Dialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** True while the display menu is open. */
  protected readonly open = signal(false);

  /** Opens the display menu under the button, with the layout asked for afresh. */
  protected show(trigger: HTMLElement): void {
    if (this.dialog.getDialogById('displays')) return;
    void this.store.refresh();
    // Just under the button, growing away from the nearer edge. A global position (the one every dialog
    // uses) rather than a connected one keeps the overlay's repositioning code out of the bundle.
    const box = trigger.getBoundingClientRect();
    const viewportWidth = this.document.documentElement.clientWidth;
    const position = createGlobalPositionStrategy(this.injector).top(`${Math.round(box.bottom + 6)}px`);
    if (box.right > viewportWidth / 2) position.right(`${Math.max(0, Math.round(viewportWidth - box.right))}px`);
    else position.left(`${Math.max(0, Math.round(box.left))}px`);
    const ref = this.dialog.open(DisplaysMenu, {
      id: 'displays',
      ariaLabelledBy: 'displays-title',
      backdropClass: 'cdk-overlay-transparent-backdrop',
      positionStrategy: position,
    });
    this.open.set(true);
    ref.closed.subscribe(() => this.open.set(false));
  }
}
