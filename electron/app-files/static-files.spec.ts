import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { contentType, resolveStaticFile, type AppDirs } from './static-files';

describe('resolveStaticFile', () => {
  let dirs: AppDirs;

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'bc-static-'));
    dirs = { console: join(root, 'console'), previewWindow: join(root, 'preview') };
    mkdirSync(dirs.console);
    mkdirSync(dirs.previewWindow);
    writeFileSync(join(dirs.console, 'index.html'), 'console');
    writeFileSync(join(dirs.console, 'main-AAA.js'), '');
    writeFileSync(join(dirs.previewWindow, 'index.html'), 'preview');
    writeFileSync(join(dirs.previewWindow, 'main-BBB.js'), '');
    writeFileSync(join(root, 'secret.txt'), 'no');
  });

  it('serves the console at / and the preview app at /preview and /wall', () => {
    expect(resolveStaticFile('/', dirs)).toBe(join(dirs.console, 'index.html'));
    expect(resolveStaticFile('/preview', dirs)).toBe(join(dirs.previewWindow, 'index.html'));
    expect(resolveStaticFile('/wall/', dirs)).toBe(join(dirs.previewWindow, 'index.html'));
  });

  it('finds hashed assets in either build', () => {
    expect(resolveStaticFile('/main-AAA.js', dirs)).toBe(join(dirs.console, 'main-AAA.js'));
    expect(resolveStaticFile('/main-BBB.js', dirs)).toBe(join(dirs.previewWindow, 'main-BBB.js'));
    expect(resolveStaticFile('/missing.js', dirs)).toBeNull();
  });

  it('never leaves the build folders', () => {
    expect(resolveStaticFile('/../secret.txt', dirs)).toBeNull();
    expect(resolveStaticFile('/%2e%2e/secret.txt', dirs)).toBeNull();
    expect(resolveStaticFile('/%00', dirs)).toBeNull();
    expect(resolveStaticFile('/%E0%A4%A', dirs)).toBeNull();
  });

  it('names content types', () => {
    expect(contentType('a.js')).toMatch(/javascript/);
    expect(contentType('index.html')).toMatch(/text\/html/);
    expect(contentType('blob.bin')).toBe('application/octet-stream');
  });
});
