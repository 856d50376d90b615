import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslateService } from '@ngx-translate/core';

import { PreferencesStore } from '@broadcast-core/preferences';
import { selectOnAir } from '@broadcast-core/room-state';

import { CONSOLE_PANELS, PANEL_COLUMNS, consolePanel } from './console-panels';
import { PRESET_LAYOUTS, type LayoutPreset } from './layout-presets';
import { defaultLayout, findPanel, fitLayout, movePanel, setCollapsed, stepPanel, type PanelLayout, type PanelStep } from './panel-layout';

/**
 * This window's arrangement of docked panels, kept in preferences: window-local UI state, never room
 * state. A saved layout is fitted to today's panels; one that failed validation is the default. Changing
 * a named preset's arrangement makes it the operator's own ("custom").
 */
@Injectable({ providedIn: 'root' })
export class ConsoleLayout {
  private readonly preferences = inject(PreferencesStore);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);
  private readonly onAir = inject(Store).selectSignal(selectOnAir);
  /** Panels that fold on air which the operator opened during this show. */
  private readonly openedOnAir = signal<ReadonlySet<string>>(new Set());

  /** The arrangement in use: the operator's own, or a named preset. */
  readonly preset = computed<LayoutPreset>(() => this.preferences.value().layoutPreset);

  /** The columns of panel ids and the folded panels, as shown now. */
  readonly layout = computed<PanelLayout>(() => {
    const preset = this.preset();
    const saved = preset === 'custom' ? this.preferences.value().panelLayout : PRESET_LAYOUTS[preset];
    return saved ? fitLayout(saved, CONSOLE_PANELS, PANEL_COLUMNS) : defaultLayout(CONSOLE_PANELS, PANEL_COLUMNS);
  });

  constructor() {
    // Off air, settings fold by the layout alone again; the next show folds them anew.
    effect(() => {
      if (!this.onAir()) this.openedOnAir.set(new Set());
    });
  }

  /** True when the panel shows only its header: folded by the operator, or a setting folded while on air. */
  isCollapsed(id: string): boolean {
    return this.layout().collapsed.includes(id) || this.foldedOnAir(id);
  }

  /** True when the panel is folded only because the show is on air (one click opens it). */
  foldedOnAir(id: string): boolean {
    return this.onAir() && !!consolePanel(id)?.foldsOnAir && !this.openedOnAir().has(id);
  }

  /** Folds a panel to its header or unfolds it; a setting folded on air opens for the rest of the show. */
  toggleCollapsed(id: string): void {
    if (this.foldedOnAir(id)) {
      this.openedOnAir.update((opened) => new Set([...opened, id]));
      if (this.layout().collapsed.includes(id)) this.save(setCollapsed(this.layout(), id, false));
      return;
    }
    this.save(setCollapsed(this.layout(), id, !this.isCollapsed(id)));
  }

  /** Puts a panel at a column and place (a drop). */
  move(id: string, column: number, index: number): void {
    this.save(movePanel(this.layout(), id, column, index));
    this.announcePlace(id);
  }

  /** Moves a panel one step with the keyboard and says where it went. */
  step(id: string, step: PanelStep): void {
    const next = stepPanel(this.layout(), id, step);
    if (next === this.layout()) return;
    this.save(next);
    this.announcePlace(id);
  }

  /** Shows a named arrangement, or the operator's own again; the own one is never overwritten by this. */
  choosePreset(preset: LayoutPreset): void {
    this.preferences.set({ layoutPreset: preset });
  }

  private save(layout: PanelLayout): void {
    this.preferences.set({ panelLayout: layout, layoutPreset: 'custom' });
  }

  private announcePlace(id: string): void {
    const place = findPanel(this.layout(), id);
    const panel = consolePanel(id);
    if (!place || !panel) return;
    void this.announcer.announce(
      this.translate.instant('layout.moved', {
        panel: this.translate.instant(panel.headingKey),
        column: place.column + 1,
        position: place.index + 1,
      }),
    );
  }
}
