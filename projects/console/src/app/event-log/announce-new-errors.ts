import { LiveAnnouncer } from '@angular/cdk/a11y';
import { effect, inject, untracked, type Signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import type { LogEntry } from '@broadcast-core/room-state';

import { LogEntryTextPipe } from './log-entry-text';

/**
 * Reads each new error aloud, politely, in the window's language. Entries
 * already logged when the window opens are history, not news; warnings stay
 * silent so a flaky network does not drown the operator. Call in an injection context.
 */
export function announceNewErrors(entries: Signal<readonly LogEntry[]>): void {
  const announcer = inject(LiveAnnouncer);
  const translate = inject(TranslateService);
  const entryText = new LogEntryTextPipe();
  let seen = untracked(entries).at(-1)?.id ?? 0;

  effect(() => {
    const list = entries();
    const latest = list.at(-1)?.id ?? 0;
    // A fresh broker numbers from 1 again: start over from what it sent.
    if (latest < seen) seen = latest;
    const fresh = list.filter((e) => e.id > seen && e.level === 'error');
    seen = latest;
    if (!fresh.length) return;
    const message = fresh.map((e) => translate.instant('eventLog.announce', { text: entryText.transform(e) }) as string).join(' ');
    untracked(() => void announcer.announce(message, 'polite'));
  });
}
