import { EngineActions, describeCode, type CdnStreamStatus, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import type { TRTCEvent } from '../engine/contract';

type PublishingEventName = 'onStartPublishMediaStream' | 'onUpdatePublishMediaStream' | 'onStopPublishMediaStream' | 'onCdnStreamStateChanged';
type PublishingEvent = Extract<TRTCEvent, { name: PublishingEventName }>;

/** The cloud's message when it gave one, else the plain-language text for the code. */
const codedError = (code: number, message: string) => ({ code, message: message || describeCode(code).text });

/**
 * Folds the publishing callbacks into actions. An answer settles the pending state it belongs to (start while
 * starting; update and stop of the console's own taskId while updating or stopping); anything else, such as
 * a late answer of a task already gone, changes nothing. A URL report is recorded when the task publishes to
 * that URL.
 */
export function publishingEventToActions(event: PublishingEvent, state: RoomState, at: number): RoomAction[] {
  const { status, taskId } = state.publishing;
  switch (event.name) {
    case 'onStartPublishMediaStream': {
      const [id, code, message] = event.args;
      if (status !== 'starting') return [];
      return code === 0 ? [EngineActions.publishingStarted({ taskId: id, at })] : [EngineActions.publishingStartFailed({ error: codedError(code, message), at })];
    }
    case 'onUpdatePublishMediaStream': {
      const [id, code, message] = event.args;
      if (status !== 'updating' || id !== taskId) return [];
      return code === 0 ? [EngineActions.publishingUpdated({ at })] : [EngineActions.publishingUpdateFailed({ error: codedError(code, message), at })];
    }
    case 'onStopPublishMediaStream': {
      const [id, code, message] = event.args;
      if (status !== 'stopping' || id !== taskId) return [];
      return code === 0 ? [EngineActions.publishingStopped({ at })] : [EngineActions.publishingStopFailed({ error: codedError(code, message), at })];
    }
    case 'onCdnStreamStateChanged': {
      const [url, cdnStatus, code, message] = event.args;
      if (!state.publishing.urls.some((u) => u.url === url)) return [];
      return [EngineActions.cdnStreamStateChanged({ url, status: cdnStatus as CdnStreamStatus, code, message, at })];
    }
  }
}
