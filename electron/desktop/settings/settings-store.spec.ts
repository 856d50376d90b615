import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SavedPlacement } from '../displays/saved-layout';
import { AtomicWriteError } from './atomic-write';
import { DEFAULT_DESKTOP_SETTINGS, InvalidSettingsError, type SettingsPatch } from './desktop-settings';
import type { SettingsFs } from './settings-file';
import { SettingsStore } from './settings-store';

const wall: SavedPlacement = {
  displayId: 2,
  displayLabel: 'EPSON PJ',
  displayBounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  mode: 'fullscreen',
};
const preview: SavedPlacement = { ...wall, bounds: { x: -1800, y: 100, width: 640, height: 360 }, mode: 'always-on-top' };

describe('SettingsStore', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bc-store-'));
    file = join(dir, 'settings.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as unknown;

  it('loads, then saves each change to disk and to `current`', async () => {
    const store = new SettingsStore(dir);
    expect(store.path).toBe(file);
    expect(await store.load()).toEqual({ settings: DEFAULT_DESKTOP_SETTINGS, notices: [] });
    const next = await store.update({ engine: 'trtc', sdkAppId: 1400000000 });
    expect(next).toEqual({ ...DEFAULT_DESKTOP_SETTINGS, engine: 'trtc', sdkAppId: 1400000000 });
    expect(store.current).toEqual(next);
    expect(onDisk()).toEqual(next);
    expect((await new SettingsStore(dir).load()).settings).toEqual(next);
  });

  it('rejects an invalid change with InvalidSettingsError and changes nothing on disk or in memory', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await store.update({ language: 'zh-CN' });
    const before = readFileSync(file, 'utf8');
    for (const patch of [{ language: 'fr' }, { sdkAppId: 0 }, { tokenUrl: 'javascript:alert(1)' }, { windows: { wall: { ...wall, bounds: { ...wall.bounds, width: 0 } } } }, { version: 2 }, { colour: 'red' }]) {
      await expect(store.update(patch as SettingsPatch)).rejects.toThrow(InvalidSettingsError);
    }
    await expect(store.update({ language: 'fr' } as unknown as SettingsPatch)).rejects.toMatchObject({ issues: [expect.stringMatching(/^language: /)] });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(store.current.language).toBe('zh-CN');
  });

  it('lands two concurrent updates both, in call order, one save after the other', async () => {
    const events: string[] = [];
    const tracing: SettingsFs = {
      ...fs,
      open: async (path, flags, mode) => {
        if (flags === 'wx') events.push('write');
        return fs.open(path, flags, mode);
      },
      rename: async (from, to) => {
        // Give the other save every chance to start in the middle of this one.
        await new Promise((resolve) => setTimeout(resolve, 20));
        await fs.rename(from, to);
        events.push('replace');
      },
    };
    const store = new SettingsStore(dir, { fs: tracing });
    await store.load();
    const first = store.update({ language: 'zh-CN', engine: 'trtc' });
    const second = store.update({ language: 'en', sdkAppId: 1400000001 });
    await expect(first).resolves.toMatchObject({ language: 'zh-CN', engine: 'trtc', sdkAppId: null });
    await expect(second).resolves.toMatchObject({ language: 'en', engine: 'trtc', sdkAppId: 1400000001 });
    expect(events).toEqual(['write', 'replace', 'write', 'replace']);
    expect(onDisk()).toEqual({ ...DEFAULT_DESKTOP_SETTINGS, language: 'en', engine: 'trtc', sdkAppId: 1400000001 });
  });

  it('keeps memory and disk as they were when a save fails, and goes on saving afterwards', async () => {
    let failNext = false;
    const flaky: SettingsFs = {
      ...fs,
      rename: (from, to) => (failNext ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) : fs.rename(from, to)),
    };
    const store = new SettingsStore(dir, { fs: flaky });
    await store.load();
    await store.update({ language: 'zh-CN' });
    failNext = true;
    await expect(store.update({ engine: 'trtc' })).rejects.toThrow(AtomicWriteError);
    expect(store.current.engine).toBe('sandbox');
    expect(onDisk()).toMatchObject({ engine: 'sandbox', language: 'zh-CN' });
    failNext = false;
    await store.update({ sdkAppId: 7 });
    expect(onDisk()).toMatchObject({ engine: 'sandbox', language: 'zh-CN', sdkAppId: 7 });
  });

  it('remembers windows saved in quick succession without losing either', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await Promise.all([store.rememberWindow('wall', wall), store.rememberWindow('preview', preview)]);
    expect(store.current.windows).toEqual({ wall, preview });
    await store.rememberWindow('wall', undefined);
    expect(onDisk()).toMatchObject({ windows: { preview } });
    expect(Object.keys(store.current.windows)).toEqual(['preview']);
  });

  it('refuses a bad window name or placement', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await expect(store.rememberWindow('__proto__', wall)).rejects.toThrow(InvalidSettingsError);
    await expect(store.rememberWindow('bad name', undefined)).rejects.toThrow(InvalidSettingsError);
    await expect(store.rememberWindow('wall', { ...wall, scaleFactor: -1 })).rejects.toMatchObject({ issues: [expect.stringMatching(/^windows\.wall\.scaleFactor: /)] });
    expect(store.current.windows).toEqual({});
  });

  it('removes the secret key with `devSecretKey: undefined`', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await store.update({ devSecretKey: 'k'.repeat(64) });
    expect(onDisk()).toMatchObject({ devSecretKey: 'k'.repeat(64) });
    await store.update({ devSecretKey: undefined });
    expect(onDisk()).not.toHaveProperty('devSecretKey');
    expect(store.current).not.toHaveProperty('devSecretKey');
  });

  it('hands out frozen settings and never freezes the caller\'s objects', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    const mine = { ...wall, bounds: { ...wall.bounds } };
    await store.rememberWindow('wall', mine);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(store.current.windows['wall'].bounds)).toBe(true);
  });

  it('needs load() first, and queues a change made while it runs', async () => {
    writeFileSync(file, JSON.stringify({ language: 'zh-CN' }));
    const store = new SettingsStore(dir);
    expect(() => store.current).toThrow(/load\(\) must finish/);
    await expect(store.update({ engine: 'trtc' })).rejects.toThrow(/load\(\) must finish/);
    const loading = store.load();
    const updating = store.update({ engine: 'trtc' });
    await loading;
    expect(await updating).toMatchObject({ language: 'zh-CN', engine: 'trtc' });
  });

  it('passes on the notices of a damaged file', async () => {
    writeFileSync(file, '{ not json');
    const store = new SettingsStore(dir, { now: () => new Date('2026-11-29T10:12:00.000Z') });
    const { notices } = await store.load();
    expect(notices).toEqual([`The settings file was damaged (not valid JSON); it was moved to ${join(dir, 'settings.corrupt-2026-11-29T10-12-00.000Z.json')} and the defaults are used.`]);
    expect(store.current).toEqual(DEFAULT_DESKTOP_SETTINGS);
  });
});
