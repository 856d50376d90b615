import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { placeTrtcNativeFiles } from './place-native-files';

/** A PE header for the given COFF machine type, padded like a real file. */
function peBytes(machine: number): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.writeUInt32LE(0x00004550, 0x80);
  bytes.writeUInt16LE(machine, 0x84);
  return bytes;
}

/** Writes files (path relative to `root` -> content) and returns root. */
function tree(root: string, files: Record<string, string | Buffer>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

describe('placeTrtcNativeFiles', () => {
  let stage: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeEach(() => {
    stage = mkdtempSync(join(tmpdir(), 'native-files-spec-'));
    lines.length = 0;
  });
  afterEach(() => rmSync(stage, { recursive: true, force: true }));

  describe('Windows', () => {
    const appDir = () => join(stage, 'resources', 'app');
    const release = () => join(appDir(), 'node_modules', 'trtc-electron-sdk', 'build', 'Release');

    it('copies build/Release next to the executable and keeps it in the app for the SDK require', () => {
      tree(stage, { 'electron.exe': 'exe' });
      tree(release(), { 'trtc_electron_sdk.node': peBytes(0x8664), 'liteav.dll': 'dll', 'plugins/a.dll': 'a' });
      placeTrtcNativeFiles(appDir(), 'win32', 'x64', log);
      expect(readFileSync(join(stage, 'liteav.dll'), 'utf8')).toBe('dll');
      expect(existsSync(join(stage, 'trtc_electron_sdk.node'))).toBe(true);
      expect(existsSync(join(stage, 'plugins', 'a.dll'))).toBe(true);
      expect(existsSync(join(release(), 'trtc_electron_sdk.node'))).toBe(true);
      expect(lines.join('\n')).toMatch(/win32-x64/);
    });

    it('fails when the addon is built for another architecture', () => {
      tree(release(), { 'trtc_electron_sdk.node': peBytes(0x014c) });
      expect(() => placeTrtcNativeFiles(appDir(), 'win32', 'x64', log)).toThrow(/built for ia32, but this package is for win32-x64/);
    });

    it('fails rather than overwrite a file Electron ships', () => {
      tree(stage, { 'ffmpeg.dll': 'electron' });
      tree(release(), { 'trtc_electron_sdk.node': peBytes(0x8664), 'ffmpeg.dll': 'tencent' });
      expect(() => placeTrtcNativeFiles(appDir(), 'win32', 'x64', log)).toThrow(/would overwrite a file already in the package/);
      expect(readFileSync(join(stage, 'ffmpeg.dll'), 'utf8')).toBe('electron');
    });

    it('fails with the missing files named when the native download never happened (as on the build machines)', () => {
      tree(appDir(), { 'node_modules/trtc-electron-sdk/liteav/trtc.js': '' });
      expect(() => placeTrtcNativeFiles(appDir(), 'win32', 'x64', log)).toThrow(/native files for win32-x64 are missing[\s\S]*\n {2}node_modules[/\\]trtc-electron-sdk[/\\]build[/\\]Release[/\\]trtc_electron_sdk\.node\n/);
    });
  });

  describe('macOS', () => {
    const contents = () => join(stage, 'Electron.app', 'Contents');
    const appDir = () => join(contents(), 'Resources', 'app');
    const build = () => join(appDir(), 'node_modules', 'trtc-electron-sdk', 'build');

    beforeEach(() => {
      tree(build(), {
        'Release/trtc_electron_sdk.node': 'build machine arch',
        'Release/x64/trtc_electron_sdk.node': 'x64',
        'Release/arm64/trtc_electron_sdk.node': 'arm64',
        'mac-framework/x64/TXLiteAVSDK.framework/Versions/A/TXLiteAVSDK': 'x64 lib',
        'mac-framework/arm64/TXLiteAVSDK.framework/Versions/A/TXLiteAVSDK': 'arm64 lib',
      });
      for (const arch of ['x64', 'arm64']) {
        const framework = join(build(), 'mac-framework', arch, 'TXLiteAVSDK.framework');
        symlinkSync('A', join(framework, 'Versions', 'Current'));
        symlinkSync('Versions/Current/TXLiteAVSDK', join(framework, 'TXLiteAVSDK'));
      }
      tree(contents(), { 'Frameworks/Electron Framework.framework/Electron Framework': 'electron' });
    });

    it('places the target architecture addon in Contents and where the SDK requires it, and the frameworks in Contents/Frameworks', () => {
      placeTrtcNativeFiles(appDir(), 'darwin', 'arm64', log);
      expect(readFileSync(join(contents(), 'trtc_electron_sdk.node'), 'utf8')).toBe('arm64');
      expect(readFileSync(join(build(), 'Release', 'trtc_electron_sdk.node'), 'utf8')).toBe('arm64');
      const framework = join(contents(), 'Frameworks', 'TXLiteAVSDK.framework');
      expect(readFileSync(join(framework, 'TXLiteAVSDK'), 'utf8')).toBe('arm64 lib');
      expect(existsSync(join(contents(), 'Frameworks', 'Electron Framework.framework', 'Electron Framework'))).toBe(true);
    });

    it('keeps framework symlinks relative, as codesign and dyld expect', () => {
      placeTrtcNativeFiles(appDir(), 'darwin', 'x64', log);
      const link = join(contents(), 'Frameworks', 'TXLiteAVSDK.framework', 'Versions', 'Current');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe('A');
    });

    it('removes the per-architecture copies from the app', () => {
      placeTrtcNativeFiles(appDir(), 'darwin', 'x64', log);
      expect(existsSync(join(build(), 'Release', 'x64'))).toBe(false);
      expect(existsSync(join(build(), 'Release', 'arm64'))).toBe(false);
      expect(existsSync(join(build(), 'mac-framework'))).toBe(false);
    });

    it('fails when the frameworks for the target are missing', () => {
      rmSync(join(build(), 'mac-framework', 'x64'), { recursive: true });
      expect(() => placeTrtcNativeFiles(appDir(), 'darwin', 'x64', log)).toThrow(/darwin-x64 are missing[\s\S]*mac-framework/);
    });
  });

  describe('Linux', () => {
    it('copies nothing, does not fail and says the app runs the sandbox only', () => {
      const appDir = join(stage, 'resources', 'app');
      tree(appDir, { 'node_modules/trtc-electron-sdk/liteav/trtc.js': '' });
      placeTrtcNativeFiles(appDir, 'linux', 'x64', log);
      expect(lines).toEqual([expect.stringMatching(/runs the sandbox engine only/)]);
    });
  });

  it('fails clearly when the SDK is not in the staged app at all', () => {
    expect(() => placeTrtcNativeFiles(join(stage, 'resources', 'app'), 'win32', 'x64', log)).toThrow(/trtc-electron-sdk is not in the staged app/);
  });
});
