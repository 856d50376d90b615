import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file handle calls an atomic write makes (`fs/promises` FileHandle has them). */
export interface AtomicFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls an atomic write makes: `node:fs/promises` by default, a stand-in in specs. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** How to write: the file system, the file mode (owner-only by default: the settings may hold a secret key), the platform. */
export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  mode?: number;
  platform?: NodeJS.Platform;
}

/** The step of an atomic write that failed; the target file is unchanged whichever it was. */
export type AtomicWriteStep = 'create' | 'write' | 'flush' | 'close' | 'replace';

const STEP_WORDS: Record<AtomicWriteStep, string> = {
  create: 'creating the temporary file',
  write: 'writing the temporary file',
  flush: 'flushing the temporary file to disk',
  close: 'closing the temporary file',
  replace: 'replacing the file',
};

/** A write that did not happen; the previous file, if any, is intact. */
export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    readonly step: AtomicWriteStep,
    override readonly cause: unknown,
  ) {
    super(`Could not save ${path}: ${STEP_WORDS[step]} failed (${errorCode(cause) ?? String(cause)}); the previous file is unchanged.`);
    this.name = 'AtomicWriteError';
  }
}

/** The temporary file name pattern for `target`: hidden, beside it, unique per write. */
export function isTemporaryFileOf(fileName: string, target: string): boolean {
  const prefix = `.${basename(target)}.`;
  return fileName.startsWith(prefix) && /^\d+-[0-9a-f]{12}\.tmp$/.test(fileName.slice(prefix.length));
}

/**
 * Replaces `path` with `data` so that a reader (or the next launch after a
 * crash or power cut) sees either the old file or the new one, never a mix:
 * a temporary file in the same directory is written, flushed and renamed
 * over the target, then the directory is flushed where the platform allows.
 * Throws an AtomicWriteError, leaving the old file intact, when any step fails.
 */
export async function writeFileAtomic(path: string, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const platform = options.platform ?? process.platform;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let step: AtomicWriteStep = 'create';
  let handle: AtomicFileHandle | undefined;
  try {
    // 'wx': never open a file someone else is writing.
    handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    step = 'write';
    await handle.writeFile(data, 'utf8');
    step = 'flush';
    await handle.sync();
    step = 'close';
    const closing = handle;
    handle = undefined;
    await closing.close();
    step = 'replace';
    await renameOver(fs, temp, path, platform);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (step !== 'create') await fs.unlink(temp).catch(() => undefined);
    throw new AtomicWriteError(path, step, error);
  }
  await flushDirectory(fs, dirname(path));
}

// Windows refuses a rename for a moment while an antivirus or indexer holds the target: retry briefly there.
const WINDOWS_BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);
const WINDOWS_RETRY_DELAYS_MS = [10, 30, 60, 100, 200];

async function renameOver(fs: AtomicWriteFs, from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const delay = WINDOWS_RETRY_DELAYS_MS[attempt];
      if (platform !== 'win32' || delay === undefined || !WINDOWS_BUSY.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Makes the rename itself durable. Best effort: Windows cannot open a
 * directory (EISDIR, EPERM), some file systems cannot flush one (EINVAL), and
 * once the rename is done the new file is what everyone reads, so failing
 * the save here would only make the caller's view disagree with the disk.
 */
async function flushDirectory(fs: AtomicWriteFs, directory: string): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // See above: the file is already in place.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The `code` of a Node system error (ENOENT, EPERM, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
