import { ChangeDetectionStrategy, Component } from '@angular/core';

import { SessionBanner } from '@broadcast-core/ui';

import { RoomForm } from './session/room-form';
import { WindowLauncher } from './windows/window-launcher';

/** The control panel window. */
@Component({
  selector: 'bc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, RoomForm, WindowLauncher],
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
    </main>
  `,
})
export class App {}
