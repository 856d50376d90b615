import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DialogRef } from '@angular/cdk/dialog';
import { TranslatePipe } from '@ngx-translate/core';

import { DESKTOP_WINDOWS, WINDOW_MODES, type DesktopWindow, type WindowMode, type WindowState } from '@broadcast-core/desktop';

import { DesktopLayoutStore, type DesktopRefusal } from './desktop-layout-store';
import { displayResolution } from './display-order';
import { WindowPlacement } from './window-placement';

/** One window's row: where it is now, and its display's number when that display is connected. */
interface WindowRow {
  window: DesktopWindow;
  state: WindowState;
  number: number | null;
}

/**
 * Where each window goes: a display and a mode per window, applied as soon as one is chosen. Lives in a
 * CDK dialog anchored to the top bar's Displays button, so focus is trapped and Escape closes it.
 */
@Component({
  selector: 'bc-displays-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { role: 'document', class: 'displays-menu' },
  styles: `
    :host { display: grid; gap: 0.75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; width: min(34rem, 92vw); }
    fieldset { display: grid; grid-template-columns: 1fr auto; gap: 0.5rem; margin: 0; }
    legend { color: var(--text); font-weight: 600; }
    legend .hint { font-weight: 400; margin-left: 0.4rem; }
    select { max-width: 100%; }
    p { margin: 0; }
  `,
  template: `
    <h2 id="displays-title">{{ 'desktop.displays.title' | translate }}</h2>
    @if (store.layout()) {
      @for (row of rows(); track row.window) {
        <fieldset [attr.data-testid]="'place-' + row.window">
          <legend>
            {{ 'desktop.window.' + row.window | translate }}
            <span class="hint">{{ (row.state.open ? 'desktop.displays.isOpen' : 'desktop.displays.isClosed') | translate }}</span>
          </legend>
          <label>
            {{ 'desktop.displays.display' | translate }}
            <select [attr.data-testid]="'display-' + row.window" (change)="chooseDisplay(row, $event)">
              @if (row.number === null) {
                <option value="" disabled selected>{{ 'desktop.displays.notPlaced' | translate }}</option>
              }
              @for (o of options(); track o.id) {
                <option [value]="o.id" [selected]="o.id === row.state.displayId">{{ o.key | translate: o.params }}</option>
              }
            </select>
          </label>
          <label>
            {{ 'desktop.displays.mode' | translate }}
            <select [attr.data-testid]="'mode-' + row.window" (change)="chooseMode(row, $event)">
              @for (m of modes; track m) {
                <option [value]="m" [selected]="m === row.state.mode">{{ 'desktop.mode.' + m | translate }}</option>
              }
            </select>
          </label>
        </fieldset>
      }
    } @else {
      <p class="hint">{{ 'desktop.displays.loading' | translate }}</p>
    }
    <p class="error" role="alert" data-testid="displays-refusal">
      @if (refusal(); as r) { {{ 'desktop.refusals.' + r.reason | translate: { message: r.message } }} }
    </p>
    <p class="hint">{{ 'desktop.displays.hint' | translate }}</p>
    <div class="actions">
      <button type="button" data-testid="close-displays" (click)="ref.close()">{{ 'desktop.displays.close' | translate }}</button>
    </div>
  `,
})
export class DisplaysMenu {
  protected readonly ref = inject(DialogRef);
  protected readonly store = inject(DesktopLayoutStore);
  private readonly placement = inject(WindowPlacement);

  protected readonly modes = WINDOW_MODES;
  /** Why the last choice did not happen; cleared by the next one. */
  protected readonly refusal = signal<DesktopRefusal | null>(null);
  protected readonly options = computed(() =>
    this.store.displays().map((d, i) => ({
      id: d.id,
      key: d.primary ? 'desktop.displays.optionPrimary' : 'desktop.displays.option',
      params: { n: i + 1, label: d.label, ...displayResolution(d) },
    })),
  );
  protected readonly rows = computed((): WindowRow[] => {
    const layout = this.store.layout();
    if (!layout) return [];
    return DESKTOP_WINDOWS.map((window) => ({ window, state: layout.windows[window], number: this.store.numberOf(layout.windows[window].displayId) }));
  });

  protected chooseDisplay(row: WindowRow, event: Event): void {
    const select = event.target as HTMLSelectElement;
    void this.apply(row.window, Number(select.value), row.state.mode, select, row.number === null ? '' : String(row.state.displayId));
  }

  protected chooseMode(row: WindowRow, event: Event): void {
    const select = event.target as HTMLSelectElement;
    // A window on no connected display goes to the first one, the primary.
    const displayId = row.number !== null ? row.state.displayId : (this.store.displays()[0]?.id ?? null);
    if (displayId === null) return;
    void this.apply(row.window, displayId, select.value as WindowMode, select, row.state.mode);
  }

  /** Places the window; when refused, says why and puts the select back to what is true. */
  private async apply(window: DesktopWindow, displayId: number, mode: WindowMode, select: HTMLSelectElement, before: string): Promise<void> {
    this.refusal.set(null);
    const outcome = await this.placement.place(window, displayId, mode);
    if (outcome.ok) return;
    this.refusal.set(outcome.error);
    select.value = before;
  }
}
