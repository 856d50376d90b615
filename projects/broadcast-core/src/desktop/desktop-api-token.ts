import { DOCUMENT, InjectionToken, inject } from '@angular/core';

import type { BroadcasterDesktopApi } from './desktop-api';
import { DESKTOP_API_KEY } from './ipc-channels';

/** The desktop app's preload API when the window runs in it; null in a browser. */
export const DESKTOP_API = new InjectionToken<BroadcasterDesktopApi | null>('DESKTOP_API', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView as (Window & { [DESKTOP_API_KEY]?: BroadcasterDesktopApi }) | null;
    return view?.[DESKTOP_API_KEY] ?? null;
  },
});
