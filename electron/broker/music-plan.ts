import { ConsoleActions, EngineActions, trackName, type RoomState } from '@broadcast-core/room-state';

import { call, invalidState, setting, type CommandPlan, type Planner } from './plan-helpers';

type MusicCommand =
  | 'addMusicTrack'
  | 'removeMusicTrack'
  | 'startPlayMusic'
  | 'pausePlayMusic'
  | 'resumePlayMusic'
  | 'stopPlayMusic'
  | 'seekMusicToPosInTime'
  | 'setMusicLoop'
  | 'setMusicPublishVolume'
  | 'setMusicPlayoutVolume'
  | 'setMusicPitch';

/** The music id playing now, if a track is under way (starting, playing or paused). */
function runningId(state: RoomState): number | null {
  const { current, status } = state.music;
  return current && (status === 'starting' || status === 'playing' || status === 'paused') ? current.id : null;
}

/**
 * Plays a playlist track under the next music id: its pending state at once (settled by onMusicStart), a
 * running track stopped first, then startPlayMusic published once from the start (the broker loops and advances
 * the playlist itself, so the SDK's loopCount stays 0), and the volumes and pitch the console keeps, which the
 * SDK holds per id. Shared by the command and the playlist follow.
 */
export function playPlan(state: RoomState, path: string, at: number): CommandPlan {
  const { music } = state;
  const id = music.lastId + 1;
  const previous = runningId(state);
  return {
    accepted: [ConsoleActions.musicPlayRequested({ id, path, at })],
    pending: true,
    calls: [
      ...(previous === null ? [] : [call({ method: 'stopPlayMusic', args: [previous] })]),
      call({ method: 'startPlayMusic', args: [{ id, path, loopCount: 0, publish: true, isShortFile: false, startTimeMS: 0, endTimeMS: 0 }] }),
      call({ method: 'setMusicPublishVolume', args: [id, music.publishVolume] }),
      call({ method: 'setMusicPlayoutVolume', args: [id, music.playoutVolume] }),
      call({ method: 'setMusicPitch', args: [id, music.pitch] }),
    ],
    // The engine refused a call: the track is not playing, and the console says why.
    failed: (error, t) => [EngineActions.musicFailed({ id, error, at: t })],
  };
}

/** A setting kept for every track and, while one runs, applied to it under its id. */
function musicSetting(state: RoomState, change: { publishVolume?: number; playoutVolume?: number; pitch?: number }): CommandPlan {
  const id = runningId(state);
  const action = ConsoleActions.musicSettingsSet(change);
  if (id === null) return setting([action]);
  if (change.publishVolume !== undefined) return setting([action], call({ method: 'setMusicPublishVolume', args: [id, change.publishVolume] }));
  if (change.playoutVolume !== undefined) return setting([action], call({ method: 'setMusicPlayoutVolume', args: [id, change.playoutVolume] }));
  return setting([action], call({ method: 'setMusicPitch', args: [id, change.pitch ?? 0] }));
}

/** The background music's commands: the playlist is the console's own, every other is one of the SDK's music calls on the current id. */
export const musicPlanners: { [T in MusicCommand]: Planner<T> } = {
  addMusicTrack: ({ path }) => setting([ConsoleActions.musicTrackAdded({ track: { path, name: trackName(path), durationMs: null, builtIn: false } })]),
  removeMusicTrack: ({ path }, { state }) => {
    const track = state.music.tracks.find((t) => t.path === path);
    if (!track) return invalidState('unknownMusicTrack', { path });
    if (track.builtIn) return invalidState('builtInMusicTrack');
    return setting([ConsoleActions.musicTrackRemoved({ path })]);
  },
  startPlayMusic: ({ path }, { state, at }) => (state.music.tracks.some((t) => t.path === path) ? playPlan(state, path, at) : invalidState('unknownMusicTrack', { path })),
  pausePlayMusic: (_c, { state, at }) =>
    state.music.status === 'playing' ? setting([ConsoleActions.musicPaused({ at })], call({ method: 'pausePlayMusic', args: [state.music.current!.id] })) : invalidState('noMusic', { status: 'playing' }),
  resumePlayMusic: (_c, { state, at }) =>
    state.music.status === 'paused' ? setting([ConsoleActions.musicResumed({ at })], call({ method: 'resumePlayMusic', args: [state.music.current!.id] })) : invalidState('noMusic', { status: 'paused' }),
  stopPlayMusic: (_c, { state, at }) => {
    const id = runningId(state);
    // A finished or failed track has nothing left to stop in the SDK; the console just lets go of it.
    if (id === null) return state.music.current ? setting([ConsoleActions.musicStopped({ at })]) : invalidState('noMusic', { status: 'playing or paused' });
    return setting([ConsoleActions.musicStopped({ at })], call({ method: 'stopPlayMusic', args: [id] }));
  },
  seekMusicToPosInTime: ({ positionMs }, { state, at }) => {
    const { status, current, durationMs } = state.music;
    if (!current || (status !== 'playing' && status !== 'paused')) return invalidState('noMusic', { status: 'playing or paused' });
    const to = durationMs > 0 ? Math.min(positionMs, durationMs) : positionMs;
    return setting([ConsoleActions.musicSeeked({ positionMs: to, at })], call({ method: 'seekMusicToPosInTime', args: [current.id, to] }));
  },
  setMusicLoop: ({ loop }) => setting([ConsoleActions.musicLoopSet({ loop })]),
  setMusicPublishVolume: ({ volume }, { state }) => musicSetting(state, { publishVolume: volume }),
  setMusicPlayoutVolume: ({ volume }, { state }) => musicSetting(state, { playoutVolume: volume }),
  setMusicPitch: ({ pitch }, { state }) => musicSetting(state, { pitch }),
};
