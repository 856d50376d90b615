import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { eventLogFeature, type LogEntry } from '@broadcast-core/room-state';
import { clockTime } from '@broadcast-core/ui';

import { announceNewErrors } from './announce-new-errors';
import { LogEntryTextPipe } from './log-entry-text';

/** Which entries the log shows. */
type LogFilter = 'all' | 'errors' | 'warnings';

const LEVEL_OF: Record<LogFilter, LogEntry['level'] | null> = { all: null, errors: 'error', warnings: 'warning' };

/** The SDK's message under the text; the engine's notes already say theirs in the text. */
function detailOf(entry: LogEntry): string | null {
  return entry.note === 'engineLost' || entry.note === 'engineRestarted' ? null : entry.message || null;
}

/** The engine's errors and warnings, and the console's own notes (engine lost or restarted, PK failed), newest first, each in plain words; new errors are read aloud. */
@Component({
  selector: 'bc-event-log-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LogEntryTextPipe],
  template: `
    <fieldset class="filter">
      <legend>{{ 'eventLog.filter' | translate }}</legend>
      @for (f of filters; track f) {
        <label>
          <input type="radio" name="event-log-filter" [value]="f" [checked]="filter() === f" (change)="filter.set(f)"
            [attr.data-testid]="'event-log-filter-' + f" />
          {{ 'eventLog.show.' + f | translate }}
        </label>
      }
    </fieldset>
    @if (shown().length) {
      <!-- Focusable so the scrolled list can be read with the keyboard alone. -->
      <ol class="entries" tabindex="0" data-testid="event-log-list" [attr.aria-label]="'eventLog.list' | translate">
        @for (e of shown(); track e.id) {
          <li data-testid="event-log-entry" [attr.data-level]="e.level" [attr.data-note]="e.note ?? null">
            <time data-testid="event-time" [attr.datetime]="e.iso">{{ e.time }}</time>
            <span class="level" data-testid="event-level">{{ 'eventLog.level.' + e.level | translate }}</span>
            <!-- Code 0 is a console note, not a TRTC code. -->
            @if (e.code !== 0) { <span class="code" data-testid="event-code">{{ 'eventLog.code' | translate: { code: e.code } }}</span> }
            <span class="text" data-testid="event-text">{{ e | logEntryText }}</span>
            @if (e.detail) { <span class="detail hint" data-testid="event-detail">{{ e.detail }}</span> }
          </li>
        }
      </ol>
    } @else {
      <p class="hint" data-testid="event-log-empty">{{ 'eventLog.empty.' + filter() | translate }}</p>
    }
  `,
  styles: `
    .filter { margin-bottom: 0.6rem; }
    .entries { list-style: none; margin: 0; padding: 0; max-height: 22rem; overflow-y: auto; display: grid; gap: 0.3rem; }
    li {
      display: grid; grid-template-columns: auto auto 1fr; gap: 0.15rem 0.6rem; align-items: baseline;
      padding: 0.35rem 0.5rem; border-left: 3px solid var(--warn); background: #151a20; font-size: 0.85rem;
      content-visibility: auto; contain-intrinsic-size: auto 3rem;
    }
    li[data-level='error'] { border-left-color: var(--live); }
    time, .code { font-variant-numeric: tabular-nums; color: var(--muted); }
    .level { font-weight: 600; color: var(--warn); }
    li[data-level='error'] .level { color: #ff8a8f; }
    .code { grid-column: 3; justify-self: end; }
    .text, .detail { grid-column: 1 / -1; }
  `,
})
export class EventLogPanel {
  private readonly entries = inject(Store).selectSignal(eventLogFeature.selectEntries);

  protected readonly filters: readonly LogFilter[] = ['all', 'errors', 'warnings'];
  /** Window-local: which levels this window shows. */
  protected readonly filter = signal<LogFilter>('all');
  /** The state keeps at most EVENT_LOG_LENGTH entries, so the list stays short. */
  protected readonly shown = computed(() => {
    const level = LEVEL_OF[this.filter()];
    return this.entries()
      .filter((e) => level === null || e.level === level)
      .reverse()
      .map((e) => ({ ...e, time: clockTime(e.at), iso: new Date(e.at).toISOString(), detail: detailOf(e) }));
  });

  constructor() {
    announceNewErrors(this.entries);
  }
}
