import { execFileSync } from 'node:child_process';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerZIP } from '@electron-forge/maker-zip';

/** Only the built apps, the compiled Electron code, package.json and production node_modules go into the package. */
const KEEP = /^\/(package\.json$|dist(\/|$)|node_modules(\/|$))/;

/** Runs a command from the project root, failing the packaging step if it fails. */
function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
}

/**
 * Electron Forge 7.11 configuration for the desktop host. Packaging needs the
 * Electron binary, which cannot be downloaded on the development machines, so
 * it is only type-checked there.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'Broadcaster Console',
    executableName: 'broadcaster-console',
    // trtc-electron-sdk ships a native addon; native modules cannot load from inside an asar archive.
    asar: { unpack: '**/*.node' },
    ignore: (file: string) => file !== '' && !KEEP.test(file),
  },
  rebuildConfig: {},
  makers: [new MakerZIP({}, ['darwin', 'linux', 'win32'])],
  hooks: {
    // Build both Angular apps and emit the main process and preload into dist/electron.
    generateAssets: async () => {
      run('npm', ['run', 'build']);
      run('npx', ['tsc', '-p', 'electron/tsconfig.desktop.json']);
    },
  },
};

export default config;
