import { remoteUserPlace, userIdOfKey, type RoomState } from '@broadcast-core/room-state';
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
 * users shown speaking whom the report leaves out (silent now, 0). One pass over the report; the speakers
 * are walked again only when the report left some of them out.
 */
export function voiceLevelChanges(report: readonly { userId: string; volume: number }[], state: RoomState): [string, number][] {
  const { users } = state.remoteUsers;
  const shown = state.remoteMeters.voice;
  const changes: [string, number][] = [];
  const reported = new Set<string>();
  let local = 0;
  let speakersReported = 0;
  for (const { userId, volume } of report) {
    if (userId === '') {
      local = meterLevel(volume);
      continue;
    }
    const { key, bucket } = remoteUserPlace(userId);
    // Only users present have a meter shown: a shown level proves presence without a second lookup.
    const before = shown[bucket]?.[key];
    if (before === undefined && !users[bucket]?.[key]) continue;
    if (reported.has(key)) continue;
    reported.add(key);
    if (before !== undefined) speakersReported++;
    const level = meterLevel(volume);
    if (level !== (before ?? 0)) changes.push([userId, level]);
  }
  if (speakersReported < entryCount(shown)) {
    for (const bucket in shown) for (const key in shown[bucket]) if (!reported.has(key)) changes.push([userIdOfKey(key), 0]);
  }
  if (local !== state.localMedia.volume) changes.unshift(['', local]);
  return changes;
}

/** How many entries a bucketed map holds. */
function entryCount(map: RoomState['remoteMeters']['voice']): number {
  let count = 0;
  for (const bucket in map) for (const _ in map[bucket]) count++;
  return count;
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
    const { key, bucket } = remoteUserPlace(userId);
    if (users[bucket]?.[key] && shown[bucket]?.[key] !== quality) changes.push([userId, quality]);
  }
  return local === state.connection.localQuality ? { remote: changes } : { local, remote: changes };
}
