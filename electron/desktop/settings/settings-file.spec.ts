import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';

import { DEFAULT_DESKTOP_SETTINGS, InvalidSettingsError, type DesktopSettings } from './desktop-settings';
import { corruptFilePath, loadSettings, saveSettings, settingsFilePath, type SettingsFs } from './settings-file';

const AT = new Date('2026-11-29T10:12:00.000Z');
const now = () => AT;

const settings: DesktopSettings = {
  version: 1,
  engine: 'trtc',
  sdkAppId: 1400000000,
  tokenUrl: 'https://sig.example.com/usersig',
  language: 'zh-CN',
  windows: {
    console: { displayId: 1, displayLabel: 'DELL', displayBounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1, bounds: { x: 100, y: 80, width: 1280, height: 800 }, mode: 'windowed' },
  },
};

describe('the settings file', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bc-settings-'));
    file = settingsFilePath(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the defaults without a notice on a first launch (no file)', async () => {
    expect(await loadSettings(dir)).toEqual({ settings: DEFAULT_DESKTOP_SETTINGS, notices: [] });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves readable JSON and reads it back the same', async () => {
    await saveSettings(dir, settings);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(settings, null, 2)}\n`);
    expect(await loadSettings(dir)).toEqual({ settings, notices: [] });
  });

  it('creates the directory when it does not exist yet', async () => {
    const nested = join(dir, 'Broadcaster Console');
    await saveSettings(nested, settings);
    expect((await loadSettings(nested)).settings).toEqual(settings);
  });

  it('moves a file that is not JSON aside with a timestamp, uses the defaults, and names the moved file in the notice', async () => {
    writeFileSync(file, '{"language": "zh-CN", "windows": {');
    const { settings: loaded, notices } = await loadSettings(dir, { now });
    const aside = join(dir, 'settings.corrupt-2026-11-29T10-12-00.000Z.json');
    expect(loaded).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(notices).toEqual([`The settings file was damaged (not valid JSON); it was moved to ${aside} and the defaults are used.`]);
    expect(readdirSync(dir)).toEqual(['settings.corrupt-2026-11-29T10-12-00.000Z.json']);
    expect(readFileSync(aside, 'utf8')).toBe('{"language": "zh-CN", "windows": {');
    expect(corruptFilePath(dir, AT)).toBe(aside);
  });

  it.each([['[1, 2]'], ['"settings"'], ['null'], ['']])('moves %j aside too (not a JSON object)', async (content) => {
    writeFileSync(file, content);
    const { notices } = await loadSettings(dir, { now });
    expect(notices[0]).toMatch(/^The settings file was damaged \(not (valid JSON|a JSON object)\); it was moved to .*settings\.corrupt-2026-11-29T10-12-00\.000Z\.json/);
    expect(readdirSync(dir)).toEqual(['settings.corrupt-2026-11-29T10-12-00.000Z.json']);
  });

  it('reads a file saved with a byte order mark (Notepad)', async () => {
    writeFileSync(file, `\uFEFF${JSON.stringify({ language: 'zh-CN' })}`);
    expect(await loadSettings(dir)).toEqual({ settings: { ...DEFAULT_DESKTOP_SETTINGS, language: 'zh-CN' }, notices: [] });
  });

  it('recovers the good fields of a partly broken file and leaves the file as it is', async () => {
    const text = JSON.stringify({ ...settings, language: 'fr', sdkAppId: 'abc' });
    writeFileSync(file, text);
    const { settings: loaded, notices } = await loadSettings(dir);
    expect(loaded).toEqual({ ...settings, language: 'en', sdkAppId: null });
    expect(notices).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('says so when the file cannot be read, and uses the defaults', async () => {
    mkdirSync(file);
    const { settings: loaded, notices } = await loadSettings(dir);
    expect(loaded).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(notices).toEqual([`The settings file ${file} could not be read (EISDIR); the defaults are used.`]);
  });

  it('says so when a damaged file cannot be moved aside', async () => {
    writeFileSync(file, 'garbage');
    const stuck: SettingsFs = { ...fs, rename: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    const { notices } = await loadSettings(dir, { fs: stuck, now });
    expect(notices).toEqual([`The settings file ${file} was damaged (not valid JSON) and could not be moved aside (EACCES); the defaults are used, and it will be replaced at the next save.`]);
  });

  it('removes a temporary file a crashed save left behind, and reads the intact file', async () => {
    await saveSettings(dir, settings);
    writeFileSync(join(dir, '.settings.json.999-0123456789ab.tmp'), '{"half');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect((await loadSettings(dir)).settings).toEqual(settings);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'settings.json']);
  });

  it('refuses to save invalid settings and leaves the file untouched', async () => {
    await saveSettings(dir, settings);
    const broken = { ...settings, sdkAppId: -1 };
    await expect(saveSettings(dir, broken)).rejects.toThrow(InvalidSettingsError);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(settings);
  });

  it('reads back whatever valid settings it saved', async () => {
    const placement = fc.record({
      displayId: fc.integer({ min: 0, max: 2 ** 40 }),
      displayLabel: fc.string({ maxLength: 30 }),
      displayBounds: fc.record({ x: fc.integer({ min: -9000, max: 9000 }), y: fc.integer({ min: -9000, max: 9000 }), width: fc.integer({ min: 1, max: 8000 }), height: fc.integer({ min: 1, max: 8000 }) }),
      scaleFactor: fc.constantFrom(1, 1.25, 1.5, 2, 3),
      // JSON has no -0: `+ 0` turns it into 0, as the file would.
      bounds: fc.record({ x: fc.double({ min: -9000, max: 9000, noNaN: true }).map((n) => n + 0), y: fc.integer(), width: fc.integer({ min: 1, max: 8000 }), height: fc.double({ min: 0.5, max: 8000, noNaN: true }) }),
      mode: fc.constantFrom('windowed' as const, 'fullscreen' as const, 'always-on-top' as const),
    });
    const settingsArb: fc.Arbitrary<DesktopSettings> = fc.record(
      {
        version: fc.constant(1 as const),
        engine: fc.constantFrom('sandbox' as const, 'trtc' as const),
        sdkAppId: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 4294967295 })),
        tokenUrl: fc.constantFrom('', 'https://sig.example.com/a?b=c', 'http://[::1]:8080/'),
        language: fc.constantFrom('en' as const, 'zh-CN' as const),
        windows: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9:-]{0,20}$/), placement, { maxKeys: 4 }),
        devSecretKey: fc.string({ minLength: 1, maxLength: 64 }),
      },
      { requiredKeys: ['version', 'engine', 'sdkAppId', 'tokenUrl', 'language', 'windows'] },
    );
    await fc.assert(
      fc.asyncProperty(settingsArb, async (value) => {
        await saveSettings(dir, value);
        expect(await loadSettings(dir)).toEqual({ settings: value, notices: [] });
      }),
      { numRuns: 100 },
    );
  });
});
