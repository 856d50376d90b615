import type { SavedPlacement } from '../displays/saved-layout';
import { InvalidSettingsError, issueLines, savedPlacementSchema, settingsPatchSchema, windowNameSchema, type DesktopSettings, type SettingsPatch } from './desktop-settings';
import type { LoadedSettings } from './parse-settings';
import { loadSettings, saveSettings, settingsFilePath, type SettingsFileOptions } from './settings-file';

/**
 * The desktop settings of one app instance: loaded once, changed only through
 * `update`, which validates first and saves atomically. Loads and saves run
 * one at a time in call order, so two quick updates never interleave and the
 * later one builds on the earlier. `current` changes only once a save landed.
 */
export class SettingsStore {
  private loaded: Readonly<DesktopSettings> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** `directory` is Electron's `app.getPath('userData')`. */
  constructor(
    readonly directory: string,
    private readonly options: SettingsFileOptions = {},
  ) {}

  /** The settings file's full path, for messages. */
  get path(): string {
    return settingsFilePath(this.directory);
  }

  /** The settings as last loaded or saved (frozen); throws before `load()` has finished. */
  get current(): Readonly<DesktopSettings> {
    if (!this.loaded) throw new Error('SettingsStore: load() must finish before the settings are read or changed');
    return this.loaded;
  }

  /** Reads the file (see `loadSettings`); the notices are for the user. */
  load(): Promise<LoadedSettings> {
    return this.enqueue(async () => {
      const result = await loadSettings(this.directory, this.options);
      this.loaded = deepFreeze(result.settings);
      return result;
    });
  }

  /**
   * Applies and saves a change. An invalid patch rejects with
   * InvalidSettingsError before anything is queued, changing nothing; a failed
   * save rejects with the write's error and leaves memory and disk as they were.
   */
  async update(patch: SettingsPatch): Promise<Readonly<DesktopSettings>> {
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) throw new InvalidSettingsError(issueLines(parsed.error));
    const valid = parsed.data;
    return this.save((current) => withoutUndefined({ ...current, ...valid }));
  }

  /**
   * Saves (or with `undefined`, forgets) one window's placement, merged into
   * the layout when its turn comes, so windows saved in quick succession never
   * overwrite each other's entries.
   */
  async rememberWindow(name: string, placement: SavedPlacement | undefined): Promise<Readonly<DesktopSettings>> {
    const issues: string[] = [];
    if (!windowNameSchema.safeParse(name).success) issues.push(`windows: ${JSON.stringify(name)} is not a window name (1-64 letters, digits or .:_-, starting with a letter or digit)`);
    const parsed = placement === undefined ? undefined : savedPlacementSchema.safeParse(placement);
    if (parsed && !parsed.success) issues.push(...issueLines(parsed.error).map((line) => `windows.${name}.${line}`));
    if (issues.length > 0) throw new InvalidSettingsError(issues);
    // The parsed copy is stored (and frozen), never the caller's object.
    const saved = parsed?.data;
    return this.save((current) => {
      const windows = Object.fromEntries(Object.entries(current.windows).filter(([key]) => key !== name));
      return { ...current, windows: saved ? { ...windows, [name]: saved } : windows };
    });
  }

  private save(change: (current: Readonly<DesktopSettings>) => DesktopSettings): Promise<Readonly<DesktopSettings>> {
    return this.enqueue(async () => {
      const next = change(this.current);
      await saveSettings(this.directory, next, this.options);
      this.loaded = deepFreeze(next);
      return this.loaded;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    // The next task waits for this one whether it failed or not.
    this.queue = run.catch(() => undefined);
    return run;
  }
}

// `{ devSecretKey: undefined }` in a patch removes the key rather than writing an explicit undefined.
function withoutUndefined(settings: DesktopSettings): DesktopSettings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as DesktopSettings;
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
