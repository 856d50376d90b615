import { createFeature, createReducer, on } from '@ngrx/store';

import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { SANDBOX_MUSIC_TRACKS, type MusicTrack } from './music-library';
import type { CodedError } from './models';

/** Where the background music stands: starting until onMusicStart, failed with the SDK's code (-4001, -4002). */
export type MusicStatus = 'idle' | 'starting' | 'playing' | 'paused' | 'failed';

/** The background music: the playlist, the track under way and its position, and the settings every track gets. */
export interface MusicState {
  /** The playlist: the sandbox's built-ins (on the sandbox), then the local files added. */
  tracks: readonly MusicTrack[];
  /** The track under way (or last played), with the music id it was started under; null once stopped. */
  current: { id: number; path: string } | null;
  /** The last music id used: each start takes the next, so a late callback of an older start is told apart. */
  lastId: number;
  status: MusicStatus;
  /** Why it failed: -4001 (could not open) or -4002 (could not decode). */
  error: CodedError | null;
  /** The position at broker time `at`; while playing it runs on from there (musicPositionAt). */
  positionMs: number;
  at: number;
  /** The current file's length in ms; 0 until known. */
  durationMs: number;
  /** Tracks played to their end so far: the broker's playlist follow reacts to each. */
  completions: number;
  /** A finished track plays again; else the playlist goes on to the next one. */
  loop: boolean;
  /** setMusicPublishVolume: how loud others hear it (0-100). */
  publishVolume: number;
  /** setMusicPlayoutVolume: how loud it plays here (0-100). */
  playoutVolume: number;
  /** setMusicPitch (-1 to 1). */
  pitch: number;
}

/** Nothing playing, an empty playlist until the engine is known, every volume at the SDK's 100. */
export const initialMusic: MusicState = {
  tracks: [],
  current: null,
  lastId: 0,
  status: 'idle',
  error: null,
  positionMs: 0,
  at: 0,
  durationMs: 0,
  completions: 0,
  loop: false,
  publishVolume: 100,
  playoutVolume: 100,
  pitch: 0,
};

/** The playlist with the sandbox's built-ins (first) when the engine is the sandbox, and without them otherwise. */
function withBuiltIns(tracks: readonly MusicTrack[], sandbox: boolean): readonly MusicTrack[] {
  const local = tracks.filter((t) => !t.builtIn);
  return sandbox ? [...SANDBOX_MUSIC_TRACKS, ...local] : local;
}

/** The position `at` broker time: running on while playing, never past the end. */
export function musicPositionAt(music: MusicState, now: number): number {
  if (music.status !== 'playing') return music.positionMs;
  const running = music.positionMs + Math.max(0, now - music.at);
  return music.durationMs > 0 ? Math.min(music.durationMs, running) : running;
}

/** How far through the track it is at `now`, 0 to 1 (0 while the length is unknown). */
export function musicProgressAt(music: MusicState, now: number): number {
  return music.durationMs > 0 ? Math.min(1, musicPositionAt(music, now) / music.durationMs) : 0;
}

/** The playlist entry of the current track, if it is still listed. */
export function currentMusicTrack(music: MusicState): MusicTrack | null {
  const path = music.current?.path;
  return path === undefined ? null : (music.tracks.find((t) => t.path === path) ?? null);
}

/** The track after the current one in the playlist, or null at its end (or when none is current). */
export function nextMusicTrack(music: MusicState): MusicTrack | null {
  const index = music.tracks.findIndex((t) => t.path === music.current?.path);
  return index < 0 ? null : (music.tracks[index + 1] ?? null);
}

/** Whether a callback is about the track under way (an older start's late callback is not). */
const isCurrent = (s: MusicState, id: number) => s.current?.id === id;

/** Records a length learnt from progress on the playlist entry too, so the list shows it. */
function withDuration(tracks: readonly MusicTrack[], path: string, durationMs: number): readonly MusicTrack[] {
  return tracks.some((t) => t.path === path && t.durationMs !== durationMs) ? tracks.map((t) => (t.path === path ? { ...t, durationMs } : t)) : tracks;
}

/** Background music slice. */
export const musicFeature = createFeature({
  name: 'music',
  reducer: createReducer(
    initialMusic,
    on(EngineActions.engineReady, (s, { kind }): MusicState => {
      const tracks = withBuiltIns(s.tracks, kind === 'sandbox');
      return tracks.length === s.tracks.length && tracks.every((t, i) => t === s.tracks[i]) ? s : { ...s, tracks };
    }),
    // A lost engine took its players with it.
    on(EngineActions.engineLost, (s, { at }): MusicState => (s.status === 'idle' || s.status === 'failed' ? s : { ...s, status: 'idle', current: null, positionMs: 0, at })),
    on(ConsoleActions.musicTrackAdded, (s, { track }): MusicState => (s.tracks.some((t) => t.path === track.path) ? s : { ...s, tracks: [...s.tracks, track] })),
    on(ConsoleActions.musicTrackRemoved, (s, { path }): MusicState => (s.tracks.some((t) => t.path === path) ? { ...s, tracks: s.tracks.filter((t) => t.path !== path) } : s)),
    on(ConsoleActions.musicPlayRequested, (s, { id, path, at }): MusicState => {
      const known = s.tracks.find((t) => t.path === path)?.durationMs;
      return { ...s, current: { id, path }, lastId: Math.max(s.lastId, id), status: 'starting', error: null, positionMs: 0, at, durationMs: known ?? 0 };
    }),
    on(EngineActions.musicStarted, (s, { id, at }): MusicState => (isCurrent(s, id) && s.status === 'starting' ? { ...s, status: 'playing', positionMs: 0, at } : s)),
    on(EngineActions.musicProgressed, (s, { id, positionMs, durationMs, at }): MusicState =>
      isCurrent(s, id) ? { ...s, positionMs, durationMs, at, tracks: withDuration(s.tracks, s.current!.path, durationMs) } : s,
    ),
    on(EngineActions.musicCompleted, (s, { id, at }): MusicState =>
      isCurrent(s, id) ? { ...s, status: 'idle', positionMs: s.durationMs, at, completions: s.completions + 1 } : s,
    ),
    on(EngineActions.musicFailed, (s, { id, error, at }): MusicState => (isCurrent(s, id) ? { ...s, status: 'failed', error, at } : s)),
    on(ConsoleActions.musicPaused, (s, { at }): MusicState => (s.status === 'playing' ? { ...s, status: 'paused', positionMs: musicPositionAt(s, at), at } : s)),
    on(ConsoleActions.musicResumed, (s, { at }): MusicState => (s.status === 'paused' ? { ...s, status: 'playing', at } : s)),
    on(ConsoleActions.musicStopped, (s, { at }): MusicState => ({ ...s, status: 'idle', current: null, error: null, positionMs: 0, at })),
    on(ConsoleActions.musicSeeked, (s, { positionMs, at }): MusicState => ({ ...s, positionMs, at })),
    on(ConsoleActions.musicLoopSet, (s, { loop }): MusicState => changed(s, { loop })),
    on(ConsoleActions.musicSettingsSet, (s, change): MusicState =>
      changed(s, {
        ...(change.publishVolume === undefined ? {} : { publishVolume: change.publishVolume }),
        ...(change.playoutVolume === undefined ? {} : { playoutVolume: change.playoutVolume }),
        ...(change.pitch === undefined ? {} : { pitch: change.pitch }),
      }),
    ),
  ),
});
