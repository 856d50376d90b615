import { ChangeDetectionStrategy, Component } from '@angular/core';

import { SessionBanner } from '@broadcast-core/ui';

import { MediaPanel } from './media/media-panel';
import { RoomForm } from './session/room-form';
import { WindowLauncher } from './windows/window-launcher';

/** The control panel window. */
@Component({
  selector: 'bc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, RoomForm, MediaPanel, WindowLauncher],
  template: `
    <header class="top-bar">
      <h1>Broadcaster Console</h1>
      <bc-session-banner />
      <bc-window-launcher />
    </header>
    <main class="panels">
      <section aria-labelledby="session-heading" class="panel">
        <h2 id="session-heading">Session</h2>
        <bc-room-form />
      </section>
      <section aria-labelledby="media-heading" class="panel">
        <h2 id="media-heading">Camera and microphone</h2>
        <bc-media-panel />
      </section>
    </main>
  `,
})
export class App {}
