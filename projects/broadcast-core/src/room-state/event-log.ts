import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';

/** Entries kept; older ones fall off so the state stays small. */
export const EVENT_LOG_LENGTH = 200;

/** What the console itself logs beside the engine's codes: the engine's own life, failed PK requests, failed music, pulled devices. */
export type LogNote = 'engineLost' | 'engineRestarted' | 'pkFailed' | 'restoreFailed' | 'musicFailed' | 'deviceUnplugged';

/** One error or warning the engine reported, or one the console noted. */
export interface LogEntry {
  id: number;
  at: number;
  level: 'error' | 'warning';
  /** The TRTC code; 0 for a console note without one. */
  code: number;
  message: string;
  /** Set for the console's own entries. */
  note?: LogNote;
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
    // The SDK reports a refused PK through onConnectOtherRoom, not onError: log it as the error it is.
    on(EngineActions.otherRoomConnectFailed, (s, { error, at }): EventLogState => append(s, { at, level: 'error', ...error, note: 'pkFailed' })),
    // The music observer's codes (-4001, -4002) come by onStart / onComplete, not onError: logged here, with the SDK's words.
    on(EngineActions.musicFailed, (s, { error, at }): EventLogState => append(s, { at, level: 'error', ...error, note: 'musicFailed' })),
    on(EngineActions.engineLost, (s, { reason, at }): EventLogState => append(s, { at, level: 'error', code: 0, message: reason, note: 'engineLost' })),
    on(EngineActions.settingNotRestored, (s, { method, message, at }): EventLogState =>
      append(s, { at, level: 'warning', code: 0, message: `${method}: ${message}`, note: 'restoreFailed' }),
    ),
    // A device pulled out mid-show is worth a line even though the SDK reports it as a device change, not a warning.
    on(EngineActions.deviceUnplugged, (s, { deviceName, at }): EventLogState => append(s, { at, level: 'warning', code: 0, message: deviceName, note: 'deviceUnplugged' })),
    on(EngineActions.engineReady, (s, { generation, at, sdkVersion }): EventLogState =>
      generation > 1 ? append(s, { at, level: 'warning', code: 0, message: `engine restarted (${sdkVersion})`, note: 'engineRestarted' }) : s,
    ),
  ),
});
