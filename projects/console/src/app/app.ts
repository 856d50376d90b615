import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DESKTOP_API } from '@broadcast-core/desktop';
import { CdnLiveBadge, LanguagePicker, PreferencesNotice, SessionBanner } from '@broadcast-core/ui';

import { DisplaysControl } from './desktop/displays-control';
import { LaunchNoticeBanner } from './desktop/launch-notice-banner';
import { ShortcutKeys } from './shortcuts/shortcut-keys';
import { LayoutMenu } from './layout/layout-menu';
import { PanelColumns } from './layout/panel-columns';
import { PoppedPanel } from './layout/popped-panel';
import { POPPED_PANEL_ID } from './layout/popped-panel-id';
import { StatusStrip } from './layout/status-strip';
import { WindowLauncher } from './windows/window-launcher';

/** The control panel window: one screen with the show's status, the docked preview and the panels, arranged by the operator; or one popped-out panel. */
@Component({
  selector: 'bc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, SessionBanner, CdnLiveBadge, LanguagePicker, PreferencesNotice, LaunchNoticeBanner, DisplaysControl, WindowLauncher, StatusStrip, PanelColumns, LayoutMenu, PoppedPanel],
  template: `
    @if (poppedPanel) {
      <header class="top-bar">
        <h1>{{ 'console.title' | translate }}</h1>
        <bc-session-banner />
      </header>
      <main class="workspace popped-window">
        <bc-popped-panel [panelId]="poppedPanel" />
      </main>
    } @else {
      <header class="top-bar">
        <h1>{{ 'console.title' | translate }}</h1>
        <bc-session-banner />
        <span class="top-bar-tools">
          <bc-layout-menu />
          <bc-window-launcher />
          @if (desktop) {
            <bc-displays-control />
          }
          <bc-language-picker />
          <button type="button" data-testid="open-shortcuts" aria-keyshortcuts="Shift+?" (click)="shortcuts.openHelp()">
            {{ 'shortcuts.open' | translate }}
          </button>
        </span>
      </header>
      <bc-preferences-notice />
      @if (desktop) {
        <bc-launch-notice-banner />
      }
      <bc-status-strip><bc-cdn-live-badge /></bc-status-strip>
      <main class="workspace">
        <bc-panel-columns />
      </main>
    }
  `,
})
export class App {
  protected readonly shortcuts = inject(ShortcutKeys);
  /** The one panel this window shows when it was popped out of the console; null for the whole console. */
  protected readonly poppedPanel = inject(POPPED_PANEL_ID);
  /** True in the desktop app, whose window manager the display controls and launch notices need. */
  protected readonly desktop = inject(DESKTOP_API) !== null;
}
