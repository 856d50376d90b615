/** A music file as the sandbox plays it: its length, its loudness over time, and where its data breaks off. */
export interface MusicSource {
  /** The file's length in ms (what onPlayProgress reports as durationMS). */
  durationMs: number;
  /** Where decoding fails (a truncated or corrupt file): onComplete(id, -4002) once played up to here. */
  decodeFailsAtMs?: number;
  /** The track's level (0-100) at a position in ms, before any volume. */
  levelAt(positionMs: number): number;
}

/** Opens a music path: a source, or null when the file cannot be opened (missing, unsupported format): onStart(id, -4001). */
export type MusicFileOpener = (path: string) => MusicSource | null;

/** A steady, deterministic loudness: `base` swelling by a quarter on a `beatMs` pulse, a pure function of position. */
export function pulsingLevel(base: number, beatMs: number): (positionMs: number) => number {
  return (positionMs) => Math.round(base * (0.75 + 0.25 * Math.abs(Math.sin((Math.PI * positionMs) / beatMs))));
}
