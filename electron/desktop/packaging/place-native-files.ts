import { closeSync, cpSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

import { PE_HEADER_BYTES, peArch } from './pe-arch';
import { missingNativeFilesMessage, planTrtcNativeFiles, type NativeFileCopy } from './trtc-native-files';

/** The first bytes of a file. */
function readHead(file: string, bytes: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(bytes);
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** Performs one copy; folders merge into the destination, symlinks (macOS frameworks) are kept as they are. */
function copy({ from, to, replace }: NativeFileCopy): void {
  try {
    cpSync(from, to, { recursive: true, force: replace, errorOnExist: !replace, verbatimSymlinks: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_FS_CP_EEXIST') {
      throw new Error(`Copying ${from} to ${to} would overwrite a file already in the package (one Electron ships?): ${(err as Error).message}`);
    }
    throw err;
  }
}

/**
 * Forge's packageAfterCopy step for trtc-electron-sdk: plans with planTrtcNativeFiles() from the SDK
 * copy inside the staged app, checks the native files are there (and built for the target on Windows),
 * then copies and trims. Fails with a clear message instead of producing an app that cannot load TRTC.
 */
export function placeTrtcNativeFiles(appDir: string, platform: string, arch: string, log: (line: string) => void = console.log): void {
  const sdkDir = join(appDir, 'node_modules', 'trtc-electron-sdk');
  if (!existsSync(sdkDir)) throw new Error(`trtc-electron-sdk is not in the staged app (${sdkDir}): it is a production dependency, so run \`npm install\` first.`);
  const plan = planTrtcNativeFiles({ platform, arch, sdkDir, appDir });
  const missing = plan.required.filter((path) => !existsSync(path));
  // Named as in the project (node_modules/...), not in the packager's temporary copy.
  if (missing.length > 0) throw new Error(missingNativeFilesMessage(platform, arch, missing.map((path) => relative(appDir, path))));
  if (plan.archCheck) {
    const built = peArch(readHead(plan.archCheck.file, PE_HEADER_BYTES));
    if (built !== plan.archCheck.arch) {
      throw new Error(`${plan.archCheck.file} is built for ${built ?? 'an unknown architecture'}, but this package is for ${platform}-${plan.archCheck.arch}: reinstall trtc-electron-sdk with npm_config_arch=${plan.archCheck.arch}.`);
    }
  }
  for (const step of plan.copies) {
    copy(step);
    log(`  ${step.why}`);
  }
  for (const path of plan.removals) rmSync(path, { recursive: true, force: true });
  for (const note of plan.notes) log(note);
}
