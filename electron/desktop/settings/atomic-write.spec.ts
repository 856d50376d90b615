import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AtomicWriteError, errorCode, isTemporaryFileOf, writeFileAtomic, type AtomicFileHandle, type AtomicWriteFs } from './atomic-write';

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system with some calls replaced. */
function realFsWith(overrides: Partial<AtomicWriteFs>): AtomicWriteFs {
  return { open: (path, flags, mode) => fs.open(path, flags, mode), rename: fs.rename, unlink: fs.unlink, ...overrides };
}

describe('writeFileAtomic', () => {
  let dir: string;
  let target: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bc-atomic-'));
    target = join(dir, 'settings.json');
    writeFileSync(target, 'OLD');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file and leaves nothing else behind', async () => {
    await writeFileAtomic(target, 'NEW');
    expect(readFileSync(target, 'utf8')).toBe('NEW');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('creates a file that did not exist, readable by its owner only (it may hold a secret key)', async () => {
    const fresh = join(dir, 'fresh.json');
    await writeFileAtomic(fresh, '{}');
    expect(readFileSync(fresh, 'utf8')).toBe('{}');
    if (process.platform !== 'win32') expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('keeps the old file and removes its temporary file when the rename fails (a crash before the switch)', async () => {
    const write = writeFileAtomic(target, 'NEW', { fs: realFsWith({ rename: () => Promise.reject(systemError('EIO')) }) });
    await expect(write).rejects.toThrow(AtomicWriteError);
    await expect(write).rejects.toMatchObject({
      step: 'replace',
      message: `Could not save ${target}: replacing the file failed (EIO); the previous file is unchanged.`,
    });
    expect(readFileSync(target, 'utf8')).toBe('OLD');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('keeps the old file when the disk fills up halfway through writing', async () => {
    const halfWriting: AtomicWriteFs = realFsWith({
      open: async (path, flags, mode) => {
        const real = await fs.open(path, flags, mode);
        const handle: AtomicFileHandle = {
          writeFile: async (data) => {
            await real.writeFile(data.slice(0, data.length / 2), 'utf8');
            throw systemError('ENOSPC');
          },
          sync: () => real.sync(),
          close: () => real.close(),
        };
        return handle;
      },
    });
    await expect(writeFileAtomic(target, 'NEW CONTENT', { fs: halfWriting })).rejects.toMatchObject({ step: 'write', message: expect.stringContaining('(ENOSPC)') });
    expect(readFileSync(target, 'utf8')).toBe('OLD');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('flushes the temporary file before the rename, so a power cut cannot leave an empty file in its place', async () => {
    const calls: string[] = [];
    const tracing = realFsWith({
      open: async (path, flags, mode) => {
        const real = await fs.open(path, flags, mode);
        const what = path === dir ? 'dir' : 'temp';
        calls.push(`open ${what}`);
        return {
          writeFile: async (data) => void (await real.writeFile(data, 'utf8'), calls.push(`write ${what}`)),
          sync: async () => void (await real.sync(), calls.push(`sync ${what}`)),
          close: async () => void (await real.close(), calls.push(`close ${what}`)),
        };
      },
      rename: async (from, to) => void (await fs.rename(from, to), calls.push('rename')),
    });
    await writeFileAtomic(target, 'NEW', { fs: tracing, platform: 'linux' });
    expect(calls).toEqual(['open temp', 'write temp', 'sync temp', 'close temp', 'rename', 'open dir', 'sync dir', 'close dir']);
  });

  it('ignores a directory that cannot be opened or flushed (Windows: EISDIR, EPERM), the file being in place', async () => {
    for (const code of ['EISDIR', 'EPERM']) {
      const noDirectories = realFsWith({ open: (path, flags, mode) => (path === dir ? Promise.reject(systemError(code)) : fs.open(path, flags, mode)) });
      await writeFileAtomic(target, code, { fs: noDirectories, platform: 'win32' });
      expect(readFileSync(target, 'utf8')).toBe(code);
    }
  });

  it('retries a rename that Windows refuses for a moment (an antivirus holding the file), and only on Windows', async () => {
    let refusals = 2;
    const busyTwice = () => realFsWith({ rename: (from, to) => (refusals-- > 0 ? Promise.reject(systemError('EPERM')) : fs.rename(from, to)) });
    await writeFileAtomic(target, 'NEW', { fs: busyTwice(), platform: 'win32' });
    expect(readFileSync(target, 'utf8')).toBe('NEW');

    refusals = 1;
    await expect(writeFileAtomic(target, 'NEWER', { fs: busyTwice(), platform: 'linux' })).rejects.toMatchObject({ step: 'replace' });
    expect(readFileSync(target, 'utf8')).toBe('NEW');
  });

  it('keeps the old file when the process is killed after writing the temporary file', () => {
    // A real crash: a child process writes through writeFileAtomic and is SIGKILLed instead of renaming.
    const script = join(dir, 'crash.js');
    writeFileSync(
      script,
      `const fs = require('node:fs/promises');
       const { writeFileAtomic } = require(process.argv[2]);
       const dying = { open: fs.open, unlink: fs.unlink, rename: async () => process.kill(process.pid, 'SIGKILL') };
       writeFileAtomic(process.argv[3], 'NEW', { fs: dying });`,
    );
    const child = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), script, join(__dirname, 'atomic-write.ts'), target], { encoding: 'utf8', timeout: 20_000 });
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('OLD');
    const leftovers = readdirSync(dir).filter((name) => isTemporaryFileOf(name, target));
    expect(leftovers).toHaveLength(1);
    expect(readFileSync(join(dir, leftovers[0]), 'utf8')).toBe('NEW');
  }, 30_000);

  it('recognises only its own temporary file names', () => {
    expect(isTemporaryFileOf('.settings.json.1234-0123456789ab.tmp', '/x/settings.json')).toBe(true);
    expect(isTemporaryFileOf('.settings.json.1234-0123456789ab.tmp.bak', '/x/settings.json')).toBe(false);
    expect(isTemporaryFileOf('.other.json.1234-0123456789ab.tmp', '/x/settings.json')).toBe(false);
    expect(isTemporaryFileOf('settings.json', '/x/settings.json')).toBe(false);
  });

  it('reads error codes only where there are some', () => {
    expect(errorCode(systemError('ENOENT'))).toBe('ENOENT');
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode('EPERM')).toBeUndefined();
  });
});
