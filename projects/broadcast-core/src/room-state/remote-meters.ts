import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { bucketGet, bucketSet, type BucketedMap } from './bucketed-map';
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
  voice: BucketedMap<number>;
  quality: BucketedMap<TRTCQuality>;
}

const initialRemoteMeters: RemoteMetersState = { voice: {}, quality: {} };

/** The changes for remote users, keyed as the state keys them; 0 (silent, unknown) is kept as absent. The local user '' is not a remote user. */
const keyed = <T extends number>(changes: readonly [string, T][]) =>
  changes.filter(([userId]) => userId !== '').map(([userId, value]) => [remoteUserKey(userId), value === 0 ? undefined : value] as const);

/** Drops every meter of a user (left, or the room is gone). */
function forget(s: RemoteMetersState, userId: string): RemoteMetersState {
  const voice = bucketSet(s.voice, [[remoteUserKey(userId), undefined]]);
  const quality = bucketSet(s.quality, [[remoteUserKey(userId), undefined]]);
  return voice === s.voice && quality === s.quality ? s : { voice, quality };
}

/** Remote meters slice. */
export const remoteMetersFeature = createFeature({
  name: 'remoteMeters',
  reducer: createReducer(
    initialRemoteMeters,
    on(EngineActions.voiceLevelsChanged, (s, { levels }): RemoteMetersState => {
      const voice = bucketSet(s.voice, keyed(levels));
      return voice === s.voice ? s : { ...s, voice };
    }),
    on(EngineActions.networkQualityChanged, (s, { remote }): RemoteMetersState => {
      const quality = bucketSet(s.quality, keyed(remote));
      return quality === s.quality ? s : { ...s, quality };
    }),
    on(EngineActions.remoteUserLeft, (s, { userId }): RemoteMetersState => forget(s, userId)),
    on(EngineActions.userAudioAvailabilityChanged, (s, { userId, available }): RemoteMetersState => {
      if (available) return s;
      const voice = bucketSet(s.voice, [[remoteUserKey(userId), undefined]]);
      return voice === s.voice ? s : { ...s, voice };
    }),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (s): RemoteMetersState =>
      s === initialRemoteMeters ? s : initialRemoteMeters,
    ),
  ),
});

/** A remote user's voice level (0 when silent or unknown). */
export function voiceLevelOf(voice: RemoteMetersState['voice'], userId: string): number {
  return bucketGet(voice, remoteUserKey(userId)) ?? 0;
}

/** A remote user's network quality (Unknown until reported). */
export function qualityOf(quality: RemoteMetersState['quality'], userId: string): TRTCQuality {
  return bucketGet(quality, remoteUserKey(userId)) ?? TRTCQuality.TRTCQuality_Unknown;
}
