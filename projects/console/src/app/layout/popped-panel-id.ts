import { DOCUMENT, InjectionToken, inject } from '@angular/core';

import { consolePanel } from './console-panels';

/** The query parameter that makes a console window show one panel: `/?panel=pk`. */
export const PANEL_PARAM = 'panel';

/** The panel this window shows on its own (a popped-out panel), or null for the whole console. */
export const POPPED_PANEL_ID = new InjectionToken<string | null>('POPPED_PANEL_ID', {
  providedIn: 'root',
  factory: () => {
    const search = inject(DOCUMENT).defaultView?.location.search ?? '';
    const id = new URLSearchParams(search).get(PANEL_PARAM);
    return id !== null && consolePanel(id) ? id : null;
  },
});
