import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DESKTOP_API } from '@broadcast-core/desktop';
import { CdnLiveBadge, LanguagePicker, PreferencesNotice, SessionBanner } from '@broadcast-core/ui';

import { BeautyPanel } from './beauty/beauty-panel';
import { CoAnchoringPanel } from './co-anchoring/co-anchoring-panel';
import { DisplaysControl } from './desktop/displays-control';
import { LaunchNoticeBanner } from './desktop/launch-notice-banner';
import { EncoderPanel } from './encoder/encoder-panel';
import { EventLogPanel } from './event-log/event-log-panel';
import { GoLivePanel } from './go-live/go-live-panel';
import { MediaPanel } from './media/media-panel';
import { MixerPanel } from './mixer/mixer-panel';
import { ParticipantsPanel } from './participants/participants-panel';
import { PkPanel } from './pk/pk-panel';
import { ScreenSharePanel } from './screen-share/screen-share-panel';
import { IfSandbox } from './sandbox/if-sandbox';
import { SandboxPanel } from './sandbox/sandbox-panel';
import { RoomForm } from './session/room-form';
import { ShortcutKeys } from './shortcuts/shortcut-keys';
import { StatsPanel } from './stats/stats-panel';
import { DockedPreview } from './windows/docked-preview';
import { PreviewDock } from './windows/preview-dock';
import { WindowLauncher } from './windows/window-launcher';

/** The control panel window: one panel per concern, in the order a show runs (enter, go on air, tune, PK, watch, rehearse). */
@Component({
  selector: 'bc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, SessionBanner, CdnLiveBadge, LanguagePicker, PreferencesNotice, LaunchNoticeBanner, DisplaysControl, RoomForm, MediaPanel, MixerPanel, WindowLauncher, DockedPreview, StatsPanel, ParticipantsPanel, PkPanel, EventLogPanel, CoAnchoringPanel, EncoderPanel, BeautyPanel, ScreenSharePanel, GoLivePanel, IfSandbox, SandboxPanel],
  template: `
    <header class="top-bar">
      <h1>{{ 'console.title' | translate }}</h1>
      <bc-session-banner />
      <bc-cdn-live-badge />
      <span class="top-bar-tools">
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
    <main class="panels">
      @if (dock.docked()) {
        <section aria-labelledby="docked-heading" class="panel">
          <h2 id="docked-heading">{{ 'windows.preview' | translate }}</h2>
          <bc-docked-preview />
        </section>
      }
      <section aria-labelledby="session-heading" class="panel">
        <h2 id="session-heading">{{ 'session.heading' | translate }}</h2>
        <bc-room-form />
      </section>
      <section aria-labelledby="co-anchoring-heading" class="panel">
        <h2 id="co-anchoring-heading">{{ 'coAnchoring.heading' | translate }}</h2>
        <bc-co-anchoring-panel />
      </section>
      <section aria-labelledby="media-heading" class="panel">
        <h2 id="media-heading">{{ 'console.media' | translate }}</h2>
        <bc-media-panel />
      </section>
      <section aria-labelledby="mixer-heading" class="panel">
        <h2 id="mixer-heading">{{ 'mixer.heading' | translate }}</h2>
        <bc-mixer-panel />
      </section>
      <section aria-labelledby="encoder-heading" class="panel">
        <h2 id="encoder-heading">{{ 'encoder.heading' | translate }}</h2>
        <bc-encoder-panel />
      </section>
      <section aria-labelledby="beauty-heading" class="panel">
        <h2 id="beauty-heading">{{ 'beauty.heading' | translate }}</h2>
        <bc-beauty-panel />
      </section>
      <section aria-labelledby="share-heading" class="panel">
        <h2 id="share-heading">{{ 'share.heading' | translate }}</h2>
        <bc-screen-share-panel />
      </section>
      <section aria-labelledby="pk-heading" class="panel">
        <h2 id="pk-heading">{{ 'pk.heading' | translate }}</h2>
        <bc-pk-panel />
      </section>
      <section aria-labelledby="go-live-heading" class="panel" data-testid="go-live-panel">
        <h2 id="go-live-heading">{{ 'goLive.heading' | translate }}</h2>
        @defer (on idle) {
          <bc-go-live-panel />
        }
      </section>
      <section aria-labelledby="participants-heading" class="panel">
        <h2 id="participants-heading">{{ 'participants.heading' | translate }}</h2>
        <bc-participants-panel />
      </section>
      <section aria-labelledby="stats-heading" class="panel">
        <h2 id="stats-heading">{{ 'stats.heading' | translate }}</h2>
        @defer (on idle) {
          <bc-stats-panel />
        }
      </section>
      <section aria-labelledby="event-log-heading" class="panel">
        <h2 id="event-log-heading">{{ 'eventLog.heading' | translate }}</h2>
        @defer (on idle) {
          <bc-event-log-panel />
        }
      </section>
      <section *bcIfSandbox aria-labelledby="sandbox-heading" class="panel" data-testid="sandbox-panel">
        <h2 id="sandbox-heading">{{ 'sandbox.heading' | translate }}</h2>
        @defer (on idle) {
          <bc-sandbox-panel />
        }
      </section>
    </main>
  `,
})
export class App {
  protected readonly dock = inject(PreviewDock);
  protected readonly shortcuts = inject(ShortcutKeys);
  /** True in the desktop app, whose window manager the display controls and launch notices need. */
  protected readonly desktop = inject(DESKTOP_API) !== null;
}
