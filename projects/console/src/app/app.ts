import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguagePicker, SessionBanner } from '@broadcast-core/ui';

import { MediaPanel } from './media/media-panel';
import { RoomForm } from './session/room-form';
import { WindowLauncher } from './windows/window-launcher';

/** The control panel window: one panel per concern, in the order a show runs. */
@Component({
  selector: 'bc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, SessionBanner, LanguagePicker, RoomForm, MediaPanel, WindowLauncher],
  template: `
    <header class="top-bar">
      <h1>{{ 'console.title' | translate }}</h1>
      <bc-session-banner />
      <span class="top-bar-tools">
        <bc-window-launcher />
        <bc-language-picker />
      </span>
    </header>
    <main class="panels">
      <section aria-labelledby="session-heading" class="panel">
        <h2 id="session-heading">{{ 'session.heading' | translate }}</h2>
        <bc-room-form />
      </section>
      <section aria-labelledby="media-heading" class="panel">
        <h2 id="media-heading">{{ 'console.media' | translate }}</h2>
        <bc-media-panel />
      </section>
      <!-- panels: more feature panels go here, one <section class="panel"> each -->
    </main>
  `,
})
export class App {}
