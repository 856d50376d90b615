import { join } from 'node:path';

import { findElectronBinary, missingElectronMessage, SKIPPED_DOWNLOAD, type ElectronInstall } from './electron-binary';

const ROOT = join('/repo');
const PKG = join(ROOT, 'node_modules', 'electron');

/** An install whose file system holds exactly `files` (path -> text; folders are listed with ''). */
function install(files: Record<string, string>, env: NodeJS.ProcessEnv = {}, packageDir: string | null = PKG): ElectronInstall {
  return {
    root: ROOT,
    packageDir: packageDir ?? undefined,
    env,
    exists: (path) => path in files,
    readText: (path) => {
      if (!(path in files)) throw new Error(`ENOENT ${path}`);
      return files[path];
    },
  };
}

describe('findElectronBinary', () => {
  it('finds the executable path.txt names inside dist', () => {
    const files = { [join(PKG, 'path.txt')]: 'electron', [join(PKG, 'dist')]: '', [join(PKG, 'dist', 'electron')]: '' };
    expect(findElectronBinary(install(files))).toEqual({ path: join(PKG, 'dist', 'electron') });
  });

  it('finds the macOS app binary that path.txt names', () => {
    const exe = 'Electron.app/Contents/MacOS/Electron';
    const files = { [join(PKG, 'path.txt')]: exe, [join(PKG, 'dist')]: '', [join(PKG, 'dist', exe)]: '' };
    expect(findElectronBinary(install(files))).toEqual({ path: join(PKG, 'dist', exe) });
  });

  it('says the download was skipped when dist is missing, as on the build machines', () => {
    expect(findElectronBinary(install({}))).toEqual({ missing: SKIPPED_DOWNLOAD });
    // path.txt without dist: still the skipped download.
    expect(findElectronBinary(install({ [join(PKG, 'path.txt')]: 'electron' }))).toEqual({ missing: SKIPPED_DOWNLOAD });
  });

  it('says the download did not finish when dist is there but the executable or path.txt is not', () => {
    expect(findElectronBinary(install({ [join(PKG, 'path.txt')]: 'electron', [join(PKG, 'dist')]: '' }))).toEqual({
      missing: 'node_modules/electron/dist/electron is missing; the download did not finish',
    });
    expect(findElectronBinary(install({ [join(PKG, 'dist')]: '' }))).toEqual({ missing: 'node_modules/electron/path.txt is missing; the download did not finish' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(findElectronBinary(install({ [join('/opt/electron', 'electron')]: '' }, env))).toEqual({ path: join('/opt/electron', 'electron') });
    expect(findElectronBinary(install({}, env))).toEqual({ missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${join('/opt/electron', 'electron')} does not exist` });
  });

  it('says so when the electron package itself is not installed', () => {
    expect(findElectronBinary(install({}, {}, null))).toEqual({ missing: expect.stringContaining('run `npm install` first') });
  });
});

describe('missingElectronMessage', () => {
  it('is the sentence the scripts stop with', () => {
    expect(missingElectronMessage(SKIPPED_DOWNLOAD, 'npm run desktop')).toBe(
      'The Electron binary is not installed (node_modules/electron/dist is missing; it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
        'Install it with `npm install electron` on a machine that can reach GitHub, then run `npm run desktop` again.',
    );
  });
});
