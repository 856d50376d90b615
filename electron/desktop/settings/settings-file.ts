import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';

import { errorCode, isTemporaryFileOf, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { DEFAULT_DESKTOP_SETTINGS, SETTINGS_FILE_NAME, desktopSettingsSchema, InvalidSettingsError, issueLines, type DesktopSettings } from './desktop-settings';
import { isPlainObject, parseSettings, type LoadedSettings } from './parse-settings';

/** The file system calls loading and saving make: `node:fs/promises` by default, a stand-in in specs. */
export interface SettingsFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** Where the settings file lives and how it is reached. */
export interface SettingsFileOptions {
  fs?: SettingsFs;
  /** The clock that names a damaged file moved aside. */
  now?: () => Date;
  platform?: NodeJS.Platform;
}

/** The settings file's path in `directory` (Electron's `app.getPath('userData')`). */
export function settingsFilePath(directory: string): string {
  return join(directory, SETTINGS_FILE_NAME);
}

/** Where a damaged settings file is moved: `settings.corrupt-<ISO time, ':' as '-'>.json`, valid on every platform. */
export function corruptFilePath(directory: string, at: Date): string {
  return join(directory, `settings.corrupt-${at.toISOString().replace(/:/g, '-')}.json`);
}

/**
 * Reads the settings in `directory`. A missing file gives the defaults
 * silently; a file that is not a JSON object is moved aside (never lost) and
 * the defaults are used; otherwise each field is read on its own. Never
 * throws: every problem becomes a notice the user can read.
 */
export async function loadSettings(directory: string, options: SettingsFileOptions = {}): Promise<LoadedSettings> {
  const fs = options.fs ?? nodeFs;
  const file = settingsFilePath(directory);
  await removeLeftoverTemporaryFiles(fs, directory, file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return defaults([]);
    return defaults([`The settings file ${file} could not be read (${code ?? String(error)}); the defaults are used.`]);
  }
  const data = parseJson(text);
  if (isPlainObject(data)) return parseSettings(data);

  const why = data === NOT_JSON ? 'not valid JSON' : 'not a JSON object';
  const aside = corruptFilePath(directory, (options.now ?? (() => new Date()))());
  try {
    await fs.rename(file, aside);
  } catch (error) {
    return defaults([
      `The settings file ${file} was damaged (${why}) and could not be moved aside (${errorCode(error) ?? String(error)}); the defaults are used, and it will be replaced at the next save.`,
    ]);
  }
  return defaults([`The settings file was damaged (${why}); it was moved to ${aside} and the defaults are used.`]);
}

/** Writes `settings` to `directory` atomically; throws InvalidSettingsError before touching the disk if they are not valid. */
export async function saveSettings(directory: string, settings: DesktopSettings, options: SettingsFileOptions = {}): Promise<void> {
  const parsed = desktopSettingsSchema.safeParse(settings);
  if (!parsed.success) throw new InvalidSettingsError(issueLines(parsed.error), 'settings');
  const fs = options.fs ?? nodeFs;
  await fs.mkdir(directory, { recursive: true });
  // Pretty, with a final newline: people do open this file in an editor.
  await writeFileAtomic(settingsFilePath(directory), `${JSON.stringify(parsed.data, null, 2)}\n`, { fs, platform: options.platform });
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    // Notepad may have added a byte order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return NOT_JSON;
  }
}

function defaults(notices: string[]): LoadedSettings {
  return { settings: { ...DEFAULT_DESKTOP_SETTINGS, windows: {} }, notices };
}

// A crash between writing and renaming leaves a temporary file; the real file is intact, so the leftover only takes space.
async function removeLeftoverTemporaryFiles(fs: SettingsFs, directory: string, file: string): Promise<void> {
  const names = await fs.readdir(directory).catch(() => []);
  await Promise.all(names.filter((name) => isTemporaryFileOf(name, file)).map((name) => fs.unlink(join(directory, name)).catch(() => undefined)));
}
