import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

// @electron/asar is what @electron/packager (under Forge) packs with; packing for real checks the globs.
import { createPackageWithOptions, listPackage, statFile } from '@electron/asar';

import { ASAR_OPTIONS } from './asar';

const SDK = 'node_modules/trtc-electron-sdk';
const FILES = [
  'package.json',
  'dist/electron/electron/desktop/main.js',
  'dist/console/browser/index.html',
  `${SDK}/package.json`,
  `${SDK}/liteav/trtc.js`,
  `${SDK}/build/Release/trtc_electron_sdk.node`,
  `${SDK}/build/Release/liteav.dll`,
  `${SDK}/build/Release/plugins/audio.dll`,
  'node_modules/other-addon/build/Release/other.node',
  'node_modules/other-addon/index.js',
];

describe('ASAR_OPTIONS', () => {
  let work: string;
  let archive: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'asar-spec-'));
    const app = join(work, 'app');
    for (const file of FILES) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), file);
    }
    archive = join(work, 'app.asar');
    await createPackageWithOptions(app, archive, { ...ASAR_OPTIONS });
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const unpacked = (file: string) => existsSync(join(`${archive}.unpacked`, file));

  it("unpacks the SDK's whole build folder, so the addon finds the libraries beside it", () => {
    for (const file of FILES.filter((f) => f.startsWith(`${SDK}/build/`))) expect(unpacked(file)).toBe(true);
  });

  it('unpacks the addon exactly where liteav/trtc.js requires it', () => {
    const required = posix.join(posix.dirname(`${SDK}/liteav/trtc.js`), '../build/Release/trtc_electron_sdk.node');
    expect(unpacked(required)).toBe(true);
    expect(statFile(archive, required)).toEqual(expect.objectContaining({ unpacked: true }));
  });

  it('unpacks any other native addon', () => {
    expect(unpacked('node_modules/other-addon/build/Release/other.node')).toBe(true);
  });

  it('keeps everything else inside the archive', () => {
    for (const file of ['package.json', 'dist/electron/electron/desktop/main.js', 'dist/console/browser/index.html', `${SDK}/liteav/trtc.js`, 'node_modules/other-addon/index.js']) {
      expect(unpacked(file)).toBe(false);
      expect(listPackage(archive, { isPack: false })).toContain(`/${file}`);
    }
  });
});
