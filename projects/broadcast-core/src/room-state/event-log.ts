import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';

/** Entries kept; older ones fall off so the state stays small. */
export const EVENT_LOG_LENGTH = 200;

/** One error or warning the engine reported. */
export interface LogEntry {
  id: number;
  at: number;
  level: 'error' | 'warning';
  code: number;
  message: string;
}

/** Errors and warnings, newest last, bounded. */
export interface EventLogState {
  entries: LogEntry[];
  nextId: number;
}

function append(s: EventLogState, entry: Omit<LogEntry, 'id'>): EventLogState {
  return {
    entries: [...s.entries.slice(-(EVENT_LOG_LENGTH - 1)), { id: s.nextId, ...entry }],
    nextId: s.nextId + 1,
  };
}

/** Event log slice. */
export const eventLogFeature = createFeature({
  name: 'eventLog',
  reducer: createReducer<EventLogState>(
    { entries: [], nextId: 1 },
    on(EngineActions.errorRaised, (s, { error, at }): EventLogState => append(s, { at, level: 'error', ...error })),
    on(EngineActions.warningRaised, (s, { error, at }): EventLogState => append(s, { at, level: 'warning', ...error })),
  ),
});
