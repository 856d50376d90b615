import { join } from 'node:path';

import { ADDON, missingNativeFilesMessage, planTrtcNativeFiles } from './trtc-native-files';

// Staged layouts as @electron/packager makes them before its afterCopy hooks run.
const WIN_APP = join('/stage', 'resources', 'app');
const MAC_APP = join('/stage', 'Electron.app', 'Contents', 'Resources', 'app');
const sdkIn = (appDir: string) => join(appDir, 'node_modules', 'trtc-electron-sdk');

describe('planTrtcNativeFiles', () => {
  it('on Windows copies all of build/Release next to the executable, and checks the addon is built for the target', () => {
    const sdkDir = sdkIn(WIN_APP);
    const plan = planTrtcNativeFiles({ platform: 'win32', arch: 'x64', sdkDir, appDir: WIN_APP });
    expect(plan.required).toEqual([join(sdkDir, 'build', 'Release', ADDON)]);
    expect(plan.copies).toEqual([expect.objectContaining({ from: join(sdkDir, 'build', 'Release'), to: '/stage', replace: false })]);
    expect(plan.removals).toEqual([]);
    expect(plan.archCheck).toEqual({ file: join(sdkDir, 'build', 'Release', ADDON), arch: 'x64' });
  });

  it.each(['x64', 'arm64'])('on macOS (%s) places the addon in Contents and the frameworks in Contents/Frameworks', (arch) => {
    const sdkDir = sdkIn(MAC_APP);
    const plan = planTrtcNativeFiles({ platform: 'darwin', arch, sdkDir, appDir: MAC_APP });
    const addon = join(sdkDir, 'build', 'Release', arch, ADDON);
    const frameworks = join(sdkDir, 'build', 'mac-framework', arch);
    expect(plan.required).toEqual([addon, frameworks]);
    expect(plan.copies.map(({ from, to, replace }) => ({ from, to, replace }))).toEqual([
      { from: addon, to: join('/stage', 'Electron.app', 'Contents', ADDON), replace: false },
      { from: frameworks, to: join('/stage', 'Electron.app', 'Contents', 'Frameworks'), replace: false },
      // The path liteav/trtc.js requires gets the target's addon, not the build machine's.
      { from: addon, to: join(sdkDir, 'build', 'Release', ADDON), replace: true },
    ]);
    expect(plan.archCheck).toBeUndefined();
  });

  it('on macOS drops the per-architecture copies once placed', () => {
    const sdkDir = sdkIn(MAC_APP);
    const plan = planTrtcNativeFiles({ platform: 'darwin', arch: 'arm64', sdkDir, appDir: MAC_APP });
    expect(plan.removals).toEqual([join(sdkDir, 'build', 'Release', 'x64'), join(sdkDir, 'build', 'Release', 'arm64'), join(sdkDir, 'build', 'mac-framework')]);
    // Nothing removed is still to be copied from afterwards.
    for (const removed of plan.removals) expect(plan.copies.every((c) => !c.to.startsWith(removed))).toBe(true);
  });

  it('treats the Mac App Store target like macOS', () => {
    const sdkDir = sdkIn(MAC_APP);
    const { notes: _mas, ...mas } = planTrtcNativeFiles({ platform: 'mas', arch: 'x64', sdkDir, appDir: MAC_APP });
    const { notes: _darwin, ...darwin } = planTrtcNativeFiles({ platform: 'darwin', arch: 'x64', sdkDir, appDir: MAC_APP });
    expect(mas).toEqual(darwin);
  });

  it('on Linux requires and copies nothing and says the app runs the sandbox only', () => {
    const sdkDir = sdkIn(WIN_APP);
    const plan = planTrtcNativeFiles({ platform: 'linux', arch: 'x64', sdkDir, appDir: WIN_APP });
    expect(plan.required).toEqual([]);
    expect(plan.copies).toEqual([]);
    expect(plan.removals).toEqual([join(sdkDir, 'build')]);
    expect(plan.notes.join('\n')).toMatch(/sandbox engine only/);
  });

  it('refuses a platform it has no plan for', () => {
    expect(() => planTrtcNativeFiles({ platform: 'freebsd', arch: 'x64', sdkDir: '/sdk', appDir: WIN_APP })).toThrow(/No plan .* "freebsd"/);
  });
});

describe('missingNativeFilesMessage', () => {
  it('names the target, each missing file and how to get them', () => {
    const message = missingNativeFilesMessage('win32', 'ia32', ['/a/trtc_electron_sdk.node']);
    expect(message).toContain("trtc-electron-sdk's native files for win32-ia32 are missing");
    expect(message).toContain('  /a/trtc_electron_sdk.node');
    expect(message).toContain('npm_config_arch=ia32');
  });

  it('sends macOS packagers to a Mac', () => {
    expect(missingNativeFilesMessage('darwin', 'arm64', ['/x'])).toMatch(/on a macOS machine/);
  });
});
