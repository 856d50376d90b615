/** A track of the playlist: a file path as startPlayMusic takes it, its name, and its length once known. */
export interface MusicTrack {
  /** The path given to startPlayMusic (a local file, or a sandbox built-in `sandbox://music/<name>`). */
  path: string;
  /** What the playlist shows. */
  name: string;
  /** The length in ms: known up front for built-ins, else from the first onPlayProgress. */
  durationMs: number | null;
  /** One of the sandbox's generated tracks. */
  builtIn: boolean;
}

/** Where the sandbox's generated tracks live: `sandbox://music/<name>`. */
export const SANDBOX_MUSIC_PREFIX = 'sandbox://music/';

/**
 * The sandbox's built-in tracks, generated with known lengths, offered in the playlist while the engine is the
 * sandbox. `corrupt` opens but fails to decode partway, so the console can rehearse onComplete(-4002).
 */
export const SANDBOX_MUSIC_TRACKS: readonly MusicTrack[] = [
  { path: `${SANDBOX_MUSIC_PREFIX}warm-up`, name: 'warm-up', durationMs: 30_000, builtIn: true },
  { path: `${SANDBOX_MUSIC_PREFIX}interlude`, name: 'interlude', durationMs: 12_000, builtIn: true },
  { path: `${SANDBOX_MUSIC_PREFIX}jingle`, name: 'jingle', durationMs: 5_000, builtIn: true },
  { path: `${SANDBOX_MUSIC_PREFIX}corrupt`, name: 'corrupt', durationMs: 20_000, builtIn: true },
];

/** The name a playlist shows for a path: its last segment. */
export function trackName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}
