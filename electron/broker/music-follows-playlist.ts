import { nextMusicTrack, type RoomState } from '@broadcast-core/room-state';

import { playPlan } from './music-plan';
import type { CommandPlan } from './plan-helpers';

/**
 * The broker's reaction to a track playing to its end (onMusicComplete with 0): with loop on the same track
 * plays again, else the playlist goes on to the next track, and stops after the last. A failed track (-4002) is
 * not followed, so a broken file is not retried in a loop. Null when nothing is to play; pure, so specs call it
 * with two states.
 */
export function musicFollowsPlaylist(before: RoomState, after: RoomState, at: number): CommandPlan | null {
  const music = after.music;
  if (music.completions === before.music.completions || music.status !== 'idle' || !music.current) return null;
  const path = music.loop ? music.current.path : nextMusicTrack(music)?.path;
  return path === undefined ? null : playPlan(after, path, at);
}
