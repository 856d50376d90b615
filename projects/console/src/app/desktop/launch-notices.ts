import { DestroyRef, Injectable, inject, signal } from '@angular/core';

import { DESKTOP_API } from '@broadcast-core/desktop';

/**
 * What the desktop app's main process said at launch that the operator must know (a damaged settings file
 * moved aside, Tencent's SDK missing so the sandbox runs), in its own English words, until dismissed.
 */
@Injectable({ providedIn: 'root' })
export class LaunchNotices {
  private readonly list = signal<readonly string[]>([]);

  /** The notices not yet dismissed, oldest first. */
  readonly notices = this.list.asReadonly();

  constructor() {
    const api = inject(DESKTOP_API);
    if (!api) return;
    const stop = api.windows.onEvent((event) => {
      if (event.type !== 'notices') return;
      // A window reloaded or told twice must not stack the same sentence.
      this.list.update((shown) => [...shown, ...event.notices.filter((n, i, all) => !shown.includes(n) && all.indexOf(n) === i)]);
    });
    inject(DestroyRef).onDestroy(stop);
  }

  /** Hides every notice shown. */
  dismiss(): void {
    this.list.set([]);
  }
}
