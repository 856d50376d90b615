import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { bucketedGet, bucketedSet, type BucketedMap } from './bucketed-map';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { remoteUserKey } from './remote-users';

/**
 * Remote users' live meters, by remote user key: voice levels (1-100, only users not silent) and network
 * quality (known qualities only). Apart from the users themselves because they change several times a
 * second: a report where a few people spoke touches a few small buckets, not every user, and the rows and
 * tiles of users whose meters did not move stay the same objects.
 */
export interface RemoteMetersState {
  voice: BucketedMap;
  quality: BucketedMap;
}

const initialRemoteMeters: RemoteMetersState = { voice: {}, quality: {} };

/** The changes for remote users, keyed as the state keys them (the local user '' is not a remote user). */
const keyed = (changes: readonly [string, number][]) =>
  changes.filter(([userId]) => userId !== '').map(([userId, value]) => [remoteUserKey(userId), value] as const);

/** Drops every meter of a user (left, or the room is gone). */
function forget(s: RemoteMetersState, userId: string): RemoteMetersState {
  const voice = bucketedSet(s.voice, [[remoteUserKey(userId), 0]]);
  const quality = bucketedSet(s.quality, [[remoteUserKey(userId), 0]]);
  return voice === s.voice && quality === s.quality ? s : { voice, quality };
}

/** Remote meters slice. */
export const remoteMetersFeature = createFeature({
  name: 'remoteMeters',
  reducer: createReducer(
    initialRemoteMeters,
    on(EngineActions.voiceLevelsChanged, (s, { levels }): RemoteMetersState => {
      const voice = bucketedSet(s.voice, keyed(levels));
      return voice === s.voice ? s : { ...s, voice };
    }),
    on(EngineActions.networkQualityChanged, (s, { remote }): RemoteMetersState => {
      const quality = bucketedSet(s.quality, keyed(remote));
      return quality === s.quality ? s : { ...s, quality };
    }),
    on(EngineActions.remoteUserLeft, (s, { userId }): RemoteMetersState => forget(s, userId)),
    on(EngineActions.userAudioAvailabilityChanged, (s, { userId, available }): RemoteMetersState => {
      if (available) return s;
      const voice = bucketedSet(s.voice, [[remoteUserKey(userId), 0]]);
      return voice === s.voice ? s : { ...s, voice };
    }),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (s): RemoteMetersState =>
      s === initialRemoteMeters ? s : initialRemoteMeters,
    ),
  ),
});

/** A remote user's voice level (0 when silent or unknown). */
export function voiceLevelOf(voice: RemoteMetersState['voice'], userId: string): number {
  return bucketedGet(voice, remoteUserKey(userId));
}

/** A remote user's network quality (Unknown until reported). */
export function qualityOf(quality: RemoteMetersState['quality'], userId: string): TRTCQuality {
  return bucketedGet(quality, remoteUserKey(userId)) as TRTCQuality;
}
