import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { savePreferences } from './save-preferences';
import type { SettingsFs } from './settings-file';
import { SettingsStore } from './settings-store';

describe('savePreferences', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bc-prefs-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new language and token URL to the settings file, keeping the other settings', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await store.update({ engine: 'trtc' });
    await savePreferences(store, { language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ engine: 'trtc', language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' });
    expect(store.current.language).toBe('zh-CN');
  });

  it('does not write what the file already holds', async () => {
    const store = new SettingsStore(dir);
    await store.load();
    await savePreferences(store, { language: 'zh-CN', tokenUrl: '' });
    const written = statSync(store.path).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await savePreferences(store, { language: 'zh-CN', tokenUrl: '' });
    expect(statSync(store.path).mtimeMs).toBe(written);
  });

  it('logs a save that failed, naming the file, and leaves the settings as they were', async () => {
    const failing: SettingsFs = { ...fs, rename: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    const store = new SettingsStore(dir, { fs: failing });
    await store.load();
    const log: string[] = [];
    await savePreferences(store, { language: 'zh-CN', tokenUrl: '' }, (m) => log.push(m));
    expect(log).toEqual([expect.stringContaining(store.path)]);
    expect(log[0]).toContain('EACCES');
    expect(store.current.language).toBe('en');
  });
});
