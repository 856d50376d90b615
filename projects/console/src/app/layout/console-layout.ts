import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Injectable, computed, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { PreferencesStore } from '@broadcast-core/preferences';

import { CONSOLE_PANELS, PANEL_COLUMNS, consolePanel } from './console-panels';
import { defaultLayout, findPanel, fitLayout, movePanel, setCollapsed, stepPanel, type PanelLayout, type PanelStep } from './panel-layout';

/**
 * This window's arrangement of docked panels, kept in preferences: window-local UI state, never room
 * state. A saved layout is fitted to today's panels; one that failed validation is the default.
 */
@Injectable({ providedIn: 'root' })
export class ConsoleLayout {
  private readonly preferences = inject(PreferencesStore);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);

  /** The columns of panel ids and the folded panels, as shown now. */
  readonly layout = computed<PanelLayout>(() => {
    const saved = this.preferences.value().panelLayout;
    return saved ? fitLayout(saved, CONSOLE_PANELS, PANEL_COLUMNS) : defaultLayout(CONSOLE_PANELS, PANEL_COLUMNS);
  });

  /** True when the panel is folded to its header. */
  isCollapsed(id: string): boolean {
    return this.layout().collapsed.includes(id);
  }

  /** Folds a panel to its header or unfolds it. */
  toggleCollapsed(id: string): void {
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

  /** Back to the default arrangement. */
  reset(): void {
    this.save(defaultLayout(CONSOLE_PANELS, PANEL_COLUMNS));
  }

  private save(layout: PanelLayout): void {
    this.preferences.set({ panelLayout: layout });
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
