import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { ROOT } from './run-command';

/** What findElectronBinary needs of the machine (specs stand it in). */
export interface ElectronInstall {
  /** The repository root, for readable paths in messages. */
  root: string;
  /** The electron package's folder, or undefined when the package is not installed. */
  packageDir: string | undefined;
  /** The environment (ELECTRON_OVERRIDE_DIST_PATH). */
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  readText(path: string): string;
}

/** The Electron executable's path, or why there is none (the words inside the message's parentheses). */
export type ElectronBinary = { path: string } | { missing: string };

/** Why the binary is missing on machines that installed with ELECTRON_SKIP_BINARY_DOWNLOAD, as the build machines do. */
export const SKIPPED_DOWNLOAD = 'node_modules/electron/dist is missing; it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD';

/**
 * Finds the Electron executable the way the electron package's index.js does (`path.txt` names it
 * inside `dist/`, or inside ELECTRON_OVERRIDE_DIST_PATH), but never starts that module's download
 * fallback, which would hang on a machine that cannot reach GitHub.
 */
export function findElectronBinary(install: ElectronInstall): ElectronBinary {
  const { root, packageDir, env, exists, readText } = install;
  if (!packageDir) return { missing: 'the electron package is not in node_modules; run `npm install` first' };
  const shown = (path: string) => relative(root, path).split('\\').join('/');
  const pathFile = join(packageDir, 'path.txt');
  const executable = exists(pathFile) ? readText(pathFile).trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, executable || 'electron');
    return exists(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` };
  }
  const dist = join(packageDir, 'dist');
  if (!exists(dist)) return { missing: SKIPPED_DOWNLOAD };
  if (!executable) return { missing: `${shown(pathFile)} is missing; the download did not finish` };
  const path = join(dist, executable);
  return exists(path) ? { path } : { missing: `${shown(path)} is missing; the download did not finish` };
}

/** The message a command stops with when the binary is missing; `command` is what to run again (`npm run desktop`). */
export function missingElectronMessage(missing: string, command: string): string {
  return `The Electron binary is not installed (${missing}). Install it with \`npm install electron\` on a machine that can reach GitHub, then run \`${command}\` again.`;
}

/** This machine's electron install. */
export function localElectronInstall(root = ROOT): ElectronInstall {
  let packageDir: string | undefined;
  try {
    packageDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    packageDir = undefined;
  }
  return { root, packageDir, env: process.env, exists: existsSync, readText: (path) => readFileSync(path, 'utf8') };
}

/**
 * The Electron executable on this machine, or undefined after printing why it is missing and setting a
 * failing exit code: the fail-fast check in front of `npm run desktop`, `make` and `package`.
 */
export function electronBinaryOrExplain(command: string, install = localElectronInstall()): string | undefined {
  const found = findElectronBinary(install);
  if ('path' in found) return found.path;
  console.error(missingElectronMessage(found.missing, command));
  process.exitCode = 1;
  return undefined;
}
