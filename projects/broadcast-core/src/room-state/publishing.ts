import { createFeature, createReducer, on } from '@ngrx/store';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { CodedError } from './models';
import type { CdnUrlState, PublishChoice, PublishEncoder, PublishShape } from './publishing-models';

/**
 * Where the CDN task stands. `starting`, `updating` and `stopping` are pending states set when the broker
 * accepts the command; onStart/onUpdate/onStopPublishMediaStream settle them.
 */
export type PublishingStatus = 'idle' | 'starting' | 'live' | 'updating' | 'stopping';

/** The CDN publishing task (startPublishMediaStream): one at a time from the console. */
export interface PublishingState {
  status: PublishingStatus;
  /** The cloud's taskId, once onStartPublishMediaStream gave it. */
  taskId: string | null;
  /** Each CDN URL with its push status and since when. */
  urls: CdnUrlState[];
  encoder: PublishEncoder | null;
  /** What the task runs now (null until it started). */
  shape: PublishShape | null;
  /** What a start or update in flight asks for. */
  pendingShape: PublishShape | null;
  /** The operator's new choice an update in flight carries (null for the broker following a PK). */
  pendingChoice: PublishChoice | null;
  /** The operator's choice, which the task returns to when a PK ends. */
  chosen: PublishChoice | null;
  /** When the task started (onStartPublishMediaStream), on the broker's clock. */
  startedAt: number | null;
  lastError: CodedError | null;
}

/** No task. */
export const initialPublishing: PublishingState = {
  status: 'idle',
  taskId: null,
  urls: [],
  encoder: null,
  shape: null,
  pendingShape: null,
  pendingChoice: null,
  chosen: null,
  startedAt: null,
  lastError: null,
};

/** The task is gone (stopped, the room left, the engine lost): nothing runs; the last error is kept to explain it. */
const ended = (s: PublishingState): PublishingState => (s.status === 'idle' ? s : { ...initialPublishing, lastError: s.lastError });

/** Publishing slice: the CDN task, its URLs' states and its mix layout. */
export const publishingFeature = createFeature({
  name: 'publishing',
  reducer: createReducer(
    initialPublishing,
    on(ConsoleActions.publishingStartRequested, (_, { urls, encoder, shape, chosen, at }): PublishingState => ({
      ...initialPublishing,
      status: 'starting',
      urls: urls.map((url) => ({ url, status: 0, since: at, code: 0, message: '' })),
      encoder,
      pendingShape: shape,
      chosen,
    })),
    on(EngineActions.publishingStarted, (s, { taskId, at }): PublishingState =>
      s.status !== 'starting' ? s : { ...s, status: 'live', taskId, shape: s.pendingShape, pendingShape: null, startedAt: at },
    ),
    on(EngineActions.publishingStartFailed, (s, { error }): PublishingState => (s.status !== 'starting' ? s : { ...initialPublishing, lastError: error })),
    on(ConsoleActions.publishingUpdateRequested, (s, { shape, chosen }): PublishingState => ({
      ...s,
      status: 'updating',
      pendingShape: shape,
      pendingChoice: chosen,
      lastError: null,
    })),
    on(EngineActions.publishingUpdated, (s): PublishingState =>
      s.status !== 'updating' ? s : { ...s, status: 'live', shape: s.pendingShape, pendingShape: null, chosen: s.pendingChoice ?? s.chosen, pendingChoice: null },
    ),
    on(EngineActions.publishingUpdateFailed, (s, { error }): PublishingState =>
      s.status !== 'updating' ? s : { ...s, status: 'live', pendingShape: null, pendingChoice: null, lastError: error },
    ),
    on(ConsoleActions.publishingStopRequested, (s): PublishingState => ({ ...s, status: 'stopping', lastError: null })),
    on(EngineActions.publishingStopped, (s): PublishingState => ended(s)),
    on(EngineActions.publishingStopFailed, (s, { error }): PublishingState => (s.status !== 'stopping' ? s : { ...s, status: 'live', lastError: error })),
    on(EngineActions.cdnStreamStateChanged, (s, { url, status, code, message, at }): PublishingState => {
      const i = s.urls.findIndex((u) => u.url === url);
      if (i < 0) return s;
      const was = s.urls[i];
      if (was.status === status && was.code === code && was.message === message) return s;
      const urls = s.urls.slice();
      urls[i] = { url, status, since: was.status === status ? was.since : at, code, message };
      return { ...s, urls };
    }),
    on(EngineActions.roomExited, EngineActions.engineLost, (s): PublishingState => ended(s)),
  ),
});
