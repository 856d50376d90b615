import { statSync } from 'node:fs';
import { extname } from 'node:path';

import { pulsingLevel, type MusicFileOpener } from './music-source';

/** The formats the SDK plays (trtc.d.ts lists mp3, aac, m4a, wav among others); anything else cannot be opened. */
const PLAYABLE = new Set(['.mp3', '.aac', '.m4a', '.wav', '.ogg', '.flac']);
/** The sandbox decodes nothing: it takes a file as a 128 kbps stream to give it a length. */
const ASSUMED_BYTES_PER_MS = 128_000 / 8 / 1000;

/** What the opener needs of the file system, so specs can stub it: a regular file's size, or undefined when there is none. */
export type FileSize = (path: string) => number | undefined;

/** The file system's answer. */
export const fileSizeOnDisk: FileSize = (path) => {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Opens a local file as the sandbox plays it: a missing file or an unplayable format cannot be opened (-4001);
 * an empty file opens but has nothing to decode (-4002 at once); any other plays for its size at 128 kbps.
 */
export function localMusicOpener(sizeOf: FileSize = fileSizeOnDisk): MusicFileOpener {
  return (path) => {
    if (!PLAYABLE.has(extname(path).toLowerCase())) return null;
    const size = sizeOf(path);
    if (size === undefined) return null;
    const durationMs = Math.max(1_000, Math.round(size / ASSUMED_BYTES_PER_MS));
    return { durationMs, decodeFailsAtMs: size === 0 ? 0 : undefined, levelAt: pulsingLevel(50, 600) };
  };
}
