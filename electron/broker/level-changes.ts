import { bucketEntries, bucketOf, remoteUserKey, userIdOfKey, type RoomState } from '@broadcast-core/room-state';
import type { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

/** A voice meter's resolution: levels are sent in steps of 5 (0 to 100), finer than any meter draws. */
export const METER_STEP = 5;

/** A voice level as a meter can show it. */
export function meterLevel(volume: number): number {
  if (!Number.isFinite(volume)) return 0;
  return Math.min(100, Math.max(0, Math.round(volume / METER_STEP) * METER_STEP));
}

/**
 * What changed in a voice report, as `[userId, level]` pairs (userId '' is the local user, first): only the
 * users present whose meter level differs from what every window shows now, in report order, then the
 * users shown speaking whom the report leaves out (silent now, 0). One pass over the report and one over
 * the speakers: a 200-user report where a few spoke costs a few pairs, not 200.
 */
export function voiceLevelChanges(report: readonly { userId: string; volume: number }[], state: RoomState): [string, number][] {
  const { users } = state.remoteUsers;
  const shown = state.remoteMeters.voice;
  const changes: [string, number][] = [];
  const reported = new Set<string>();
  let local = 0;
  for (const { userId, volume } of report) {
    if (userId === '') {
      local = meterLevel(volume);
      continue;
    }
    const key = remoteUserKey(userId);
    const bucket = bucketOf(key);
    if (!users[bucket]?.[key]) continue;
    reported.add(key);
    const level = meterLevel(volume);
    if (level !== (shown[bucket]?.[key] ?? 0)) changes.push([userId, level]);
  }
  for (const [key] of bucketEntries(shown)) if (!reported.has(key)) changes.push([userIdOfKey(key), 0]);
  if (local !== state.localMedia.volume) changes.unshift(['', local]);
  return changes;
}

/**
 * What changed in a network quality report: the local quality when it differs, and `[userId, quality]`
 * pairs for the remote users present whose quality differs. Users the report leaves out keep theirs.
 */
export function qualityChanges(
  local: TRTCQuality,
  remote: readonly { userId?: string; quality: TRTCQuality }[],
  state: RoomState,
): { local?: TRTCQuality; remote: [string, TRTCQuality][] } {
  const { users } = state.remoteUsers;
  const shown = state.remoteMeters.quality;
  const changes: [string, TRTCQuality][] = [];
  for (const { userId, quality } of remote) {
    if (userId === undefined) continue;
    // Users and meters share keys and buckets: find the bucket once.
    const key = remoteUserKey(userId);
    const bucket = bucketOf(key);
    if (users[bucket]?.[key] && shown[bucket]?.[key] !== quality) changes.push([userId, quality]);
  }
  return local === state.connection.localQuality ? { remote: changes } : { local, remote: changes };
}
