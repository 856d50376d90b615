import { EngineActions, musicPositionAt, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import type { TRTCEvent } from '../engine/contract';

/** How often at most the position of a steadily playing track becomes an action: windows run the clock between. */
export const MUSIC_PROGRESS_ACTION_MS = 1000;
/** A reported position this far from where windows reckon the track to be is sent at once (a seek, a stall). */
const MUSIC_DRIFT_MS = 400;

/** The SDK's words for its music codes (trtc_define.d.ts, TRTCMusicPlayObserver). */
const MUSIC_CODE_MESSAGES: Readonly<Record<number, string>> = {
  [-4001]: 'the music file could not be opened: unsupported format, no such local file, or an unreachable network file',
  [-4002]: 'the music file could not be decoded: a damaged file, or an unreachable network file server',
};

function musicError(code: number) {
  return { code, message: MUSIC_CODE_MESSAGES[code] ?? `music error ${code}` };
}

type MusicEvent = Extract<TRTCEvent, { name: 'onMusicStart' | 'onMusicPlayProgress' | 'onMusicComplete' }>;

/**
 * Folds the music observer's callbacks into actions. Callbacks of an id other than the current start's are
 * dropped (a stopped or replaced track's late word). Progress, which the SDK reports several times a second, becomes
 * an action only once a second, or at once when the length changes or the position is not where the last action
 * and the clock put it: so a playing track costs every window about one action a second.
 */
export function musicEventToActions(event: MusicEvent, state: RoomState, at: number): RoomAction[] {
  const music = state.music;
  const id = event.args[0];
  if (music.current?.id !== id) return [];
  switch (event.name) {
    case 'onMusicStart': {
      const code = event.args[1];
      return [code === 0 ? EngineActions.musicStarted({ id, at }) : EngineActions.musicFailed({ id, error: musicError(code), at })];
    }
    case 'onMusicPlayProgress': {
      const [, positionMs, durationMs] = event.args;
      if (music.status !== 'playing' && music.status !== 'paused') return [];
      const due = at - music.at >= MUSIC_PROGRESS_ACTION_MS;
      const drifted = Math.abs(musicPositionAt(music, at) - positionMs) > MUSIC_DRIFT_MS;
      return due || drifted || durationMs !== music.durationMs ? [EngineActions.musicProgressed({ id, positionMs, durationMs, at })] : [];
    }
    case 'onMusicComplete': {
      const code = event.args[1];
      return [code === 0 ? EngineActions.musicCompleted({ id, at }) : EngineActions.musicFailed({ id, error: musicError(code), at })];
    }
  }
}
