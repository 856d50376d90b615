import { join } from 'node:path';

import { bundleContentsDir, executableDir, isApple } from './app-layout';

/** What the planner is told: the target, the SDK folder to take files from and the staged app folder. */
export interface NativeFilesTarget {
  /** Forge platform: win32, darwin, mas or linux. */
  platform: string;
  /** Forge arch: x64, arm64, ia32... */
  arch: string;
  /** The trtc-electron-sdk package folder to copy from. */
  sdkDir: string;
  /** The staged app folder (`resources/app`) that packageAfterCopy receives. */
  appDir: string;
}

/** One copy: a file or a folder (whose contents merge into `to`). */
export interface NativeFileCopy {
  from: string;
  to: string;
  /** Overwrite what is at `to`; otherwise an existing file there fails the packaging. */
  replace: boolean;
  /** Why, for the packaging log. */
  why: string;
}

/** What packaging must do with the SDK's native files for one target. */
export interface NativeFilesPlan {
  /** Files and folders that must exist before anything is copied. */
  required: string[];
  /** Copies, in order. */
  copies: NativeFileCopy[];
  /** Files and folders removed from the staged app afterwards: copies for other architectures that nothing loads. */
  removals: string[];
  /** A file whose Windows (PE) architecture must match `arch`. */
  archCheck?: { file: string; arch: string };
  /** Lines for the packaging log. */
  notes: string[];
}

/** The addon's file name, which the SDK's own code requires as `../build/Release/trtc_electron_sdk.node`. */
export const ADDON = 'trtc_electron_sdk.node';

/**
 * Plans where trtc-electron-sdk's native files go, as the SDK's README (section Build) lays them out:
 * on Windows everything in `build/Release/` next to the executable; on macOS
 * `build/Release/<arch>/trtc_electron_sdk.node` into `Contents/` and `build/mac-framework/<arch>/` into
 * `Contents/Frameworks`. The SDK's own `require('../build/Release/trtc_electron_sdk.node')` must also find
 * the target's addon (app.asar.unpacked keeps that folder), so on macOS the target architecture's addon
 * replaces the one the SDK's installer put there for the build machine. Tencent ships no native library
 * for Linux that this packaging uses, so a Linux app runs the sandbox engine only.
 */
export function planTrtcNativeFiles({ platform, arch, sdkDir, appDir }: NativeFilesTarget): NativeFilesPlan {
  const build = join(sdkDir, 'build');
  const release = join(build, 'Release');
  if (platform === 'win32') {
    return {
      required: [join(release, ADDON)],
      copies: [{ from: release, to: executableDir(appDir), replace: false, why: 'build/Release next to the executable (the SDK README, Windows)' }],
      removals: [],
      archCheck: { file: join(release, ADDON), arch },
      notes: [`TRTC native files (win32-${arch}): build/Release copied next to the executable; the addon also loads from app.asar.unpacked.`],
    };
  }
  if (isApple(platform)) {
    const addon = join(release, arch, ADDON);
    const frameworks = join(build, 'mac-framework', arch);
    const contents = bundleContentsDir(appDir);
    return {
      required: [addon, frameworks],
      copies: [
        { from: addon, to: join(contents, ADDON), replace: false, why: 'the addon into Contents (the SDK README, macOS)' },
        { from: frameworks, to: join(contents, 'Frameworks'), replace: false, why: 'mac-framework into Contents/Frameworks (the SDK README, macOS)' },
        { from: addon, to: join(release, ADDON), replace: true, why: `the ${arch} addon where liteav/trtc.js requires it` },
      ],
      // The installer downloads both Mac architectures; each copy is placed above, the rest is dead weight.
      removals: [join(release, 'x64'), join(release, 'arm64'), join(build, 'mac-framework')],
      notes: [`TRTC native files (${platform}-${arch}): addon in Contents and app.asar.unpacked, frameworks in Contents/Frameworks.`],
    };
  }
  if (platform === 'linux') {
    return {
      required: [],
      copies: [],
      // Nothing would load a native build here, so none ships (the SDK's script may have fetched some).
      removals: [build],
      notes: ['trtc-electron-sdk has no native library for Linux in this package: the Linux app runs the sandbox engine only (--engine sandbox).'],
    };
  }
  throw new Error(`No plan for trtc-electron-sdk's native files on platform "${platform}": package for win32, darwin, mas or linux.`);
}

/** The error packaging stops with when the SDK's native files for the target are not there. */
export function missingNativeFilesMessage(platform: string, arch: string, missing: readonly string[]): string {
  return [
    `trtc-electron-sdk's native files for ${platform}-${arch} are missing, so this package could not run the TRTC engine:`,
    ...missing.map((path) => `  ${path}`),
    `The SDK's install script downloads them from Tencent (web.sdk.qcloud.com); that download failed or was skipped on this machine.`,
    `Run \`npm install\` (or \`npm rebuild trtc-electron-sdk\`) on a ${platform === 'win32' ? 'Windows' : 'macOS'} machine that can reach Tencent` +
      (platform === 'win32' ? `, with npm_config_arch=${arch} if it differs from the machine's,` : '') +
      ' and package there.',
  ].join('\n');
}
