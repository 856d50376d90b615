import { SANDBOX_MUSIC_PREFIX, SANDBOX_MUSIC_TRACKS } from '@broadcast-core/room-state/music-library';

import { pulsingLevel, type MusicFileOpener, type MusicSource } from './music-source';

/** How each built-in sounds: its level and beat; `corrupt` breaks off 3 s in. */
const SOUNDS: Readonly<Record<string, { base: number; beatMs: number; decodeFailsAtMs?: number }>> = {
  'warm-up': { base: 60, beatMs: 500 },
  interlude: { base: 45, beatMs: 750 },
  jingle: { base: 70, beatMs: 250 },
  corrupt: { base: 55, beatMs: 500, decodeFailsAtMs: 3_000 },
};

/** The sandbox's generated track at `path`, or undefined when the path is not a built-in one. */
export function builtInMusic(path: string): MusicSource | null | undefined {
  if (!path.startsWith(SANDBOX_MUSIC_PREFIX)) return undefined;
  const track = SANDBOX_MUSIC_TRACKS.find((t) => t.path === path);
  const sound = track && SOUNDS[track.name];
  if (!track || !sound || track.durationMs === null) return null; // an unknown built-in name cannot be opened
  return { durationMs: track.durationMs, decodeFailsAtMs: sound.decodeFailsAtMs, levelAt: pulsingLevel(sound.base, sound.beatMs) };
}

/** Opens built-ins itself and hands any other path to `openLocal` (the file system, or a spec's stub). */
export function musicOpener(openLocal: MusicFileOpener): MusicFileOpener {
  return (path) => {
    if (typeof path !== 'string' || path === '') return null;
    const builtIn = builtInMusic(path);
    return builtIn === undefined ? openLocal(path) : builtIn;
  };
}
