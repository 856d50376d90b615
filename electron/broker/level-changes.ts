import { bucketGet, findRemoteUser, remoteUserKey, type RoomState } from '@broadcast-core/room-state';
import type { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

/** A voice meter's resolution: levels are sent in steps of 5 (0 to 100), finer than any meter draws. */
export const METER_STEP = 5;

/** A voice level as a meter can show it. */
export function meterLevel(volume: number): number {
  if (!Number.isFinite(volume)) return 0;
  return Math.min(100, Math.max(0, Math.round(volume / METER_STEP) * METER_STEP));
}

/**
 * What changed in a voice report, as `[userId, level]` pairs (userId '' is the local user): only the users
 * whose meter level differs from what every window shows now. A user the report leaves out is silent (0).
 * A report of 200 users where a few spoke costs a few pairs, not 200.
 */
export function voiceLevelChanges(report: readonly { userId: string; volume: number }[], state: RoomState): [string, number][] {
  const reported = new Map<string, number>();
  for (const { userId, volume } of report) reported.set(userId, meterLevel(volume));
  const changes: [string, number][] = [];
  const local = reported.get('') ?? 0;
  if (local !== state.localMedia.volume) changes.push(['', local]);
  const { ids, users } = state.remoteUsers;
  const shown = state.remoteMeters.voice;
  for (const key of ids) {
    const { userId } = bucketGet(users, key)!;
    const level = reported.get(userId) ?? 0;
    if (level !== (bucketGet(shown, key) ?? 0)) changes.push([userId, level]);
  }
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
  const changes: [string, TRTCQuality][] = [];
  for (const { userId, quality } of remote) {
    if (userId === undefined) continue;
    if (findRemoteUser(state.remoteUsers, userId) && bucketGet(state.remoteMeters.quality, remoteUserKey(userId)) !== quality) changes.push([userId, quality]);
  }
  return local === state.connection.localQuality ? { remote: changes } : { local, remote: changes };
}
