import { Injectable, inject } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TranslateService } from '@ngx-translate/core';

import { DESKTOP_API } from '@broadcast-core/desktop';

import { DesktopLayoutStore, type DesktopOutcome } from '../desktop/desktop-layout-store';
import { WindowPlacement } from '../desktop/window-placement';
import { matchDesktopShortcut, type DesktopShortcut } from './desktop-shortcut-list';

/** The desktop app's window shortcuts: they place the wall and the preview, and say where to screen readers. */
@Injectable({ providedIn: 'root' })
export class DesktopShortcutKeys {
  private readonly desktop = inject(DESKTOP_API) !== null;
  private readonly store = inject(DesktopLayoutStore);
  private readonly placement = inject(WindowPlacement);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);

  /** The desktop shortcut a key press means; always null in a browser, where no window can be placed. */
  match(event: KeyboardEvent): DesktopShortcut | null {
    return this.desktop ? matchDesktopShortcut(event) : null;
  }

  /** Places the window the shortcut names, and announces where it went or why it did not. */
  async run(shortcut: DesktopShortcut): Promise<void> {
    const layout = this.store.layout() ?? (await this.store.refresh());
    if (!layout) return this.say('shortcuts.noDisplays');
    if (shortcut.kind === 'projector') {
      const display = this.store.displays()[shortcut.display - 1];
      if (!display) return this.say('shortcuts.noDisplay', { n: shortcut.display });
      const outcome = await this.placement.place(shortcut.window, display.id, 'fullscreen');
      return this.report(outcome, 'shortcuts.projectorOn', shortcut.window, display.id);
    }
    const wall = layout.windows.wall;
    if (!wall.open || wall.displayId === null) return this.say('shortcuts.wallClosed');
    const outcome = await this.placement.place('wall', wall.displayId, 'windowed');
    return this.report(outcome, 'shortcuts.wallWindowOn', 'wall', wall.displayId);
  }

  private report(outcome: DesktopOutcome, doneKey: string, window: 'wall' | 'preview', displayId: number): void {
    if (!outcome.ok) {
      const text = this.translate.instant(`desktop.refusals.${outcome.error.reason}`, { message: outcome.error.message }) as string;
      void this.announcer.announce(text, 'assertive');
      return;
    }
    const display = outcome.layout.displays.find((d) => d.id === displayId);
    this.say(doneKey, {
      window: this.translate.instant(`desktop.window.${window}`) as string,
      n: this.store.numberOf(displayId) ?? '',
      display: display?.label ?? '',
    });
  }

  private say(key: string, params?: object): void {
    void this.announcer.announce(this.translate.instant(key, params) as string, 'polite');
  }
}
