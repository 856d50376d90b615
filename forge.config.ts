import { execFileSync } from 'node:child_process';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import type { ForgeConfig } from '@electron-forge/shared-types';

import { ASAR_OPTIONS } from './electron/desktop/packaging/asar';
import { FUSES } from './electron/desktop/packaging/fuses';
import { keepInPackage } from './electron/desktop/packaging/package-files';
import { placeTrtcNativeFiles } from './electron/desktop/packaging/place-native-files';
import { PRODUCT, USAGE_DESCRIPTIONS } from './electron/desktop/packaging/product';
import { findElectronBinary, localElectronInstall, missingElectronMessage } from './scripts/electron-binary';

/** Runs a command from the project root, failing the packaging step if it fails. */
function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
}

/**
 * Electron Forge 7.11 configuration for the desktop host (docs/desktop.md). `npm run package` and
 * `npm run make` front it with a check for the Electron binary, which the build machines cannot
 * download, so there it is type-checked and its helpers are unit-tested, but it never runs.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: PRODUCT.name,
    executableName: PRODUCT.executableName,
    appBundleId: PRODUCT.appId,
    appCategoryType: 'public.app-category.video',
    // macOS asks the operator before the first camera or microphone use, with these words.
    usageDescription: USAGE_DESCRIPTIONS,
    win32metadata: { CompanyName: PRODUCT.company, ProductName: PRODUCT.name, FileDescription: PRODUCT.description },
    // Native addons and the TRTC SDK's build folder stay outside the archive (app.asar.unpacked).
    asar: ASAR_OPTIONS,
    ignore: (file: string) => !keepInPackage(file),
    // Code signing (osxSign, osxNotarize, windowsSign) is the operator's own step: see docs/desktop.md.
  },
  rebuildConfig: {},
  makers: [
    // Windows: Setup.exe plus the .nupkg and RELEASES that Squirrel updates from. The id has no dash or
    // space: Squirrel splits package file names (<id>-<version>-full.nupkg) on dashes.
    new MakerSquirrel({
      name: 'broadcaster_console',
      exe: `${PRODUCT.executableName}.exe`,
      setupExe: `${PRODUCT.name} Setup.exe`,
      title: PRODUCT.name,
      authors: PRODUCT.company,
      description: PRODUCT.description,
      noMsi: true,
    }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    // No `name`: Forge then names the image per architecture (<name>-<version>-<arch>.dmg) instead of overwriting one.
    new MakerDMG({ format: 'ULFO' }),
    new MakerDeb({
      options: {
        name: PRODUCT.executableName,
        productName: PRODUCT.name,
        genericName: 'Live streaming console',
        bin: PRODUCT.executableName,
        description: PRODUCT.description,
        categories: ['AudioVideo'],
        section: 'video',
        maintainer: PRODUCT.maintainer,
      },
    }),
  ],
  plugins: [new FusesPlugin(FUSES)],
  hooks: {
    // Build both Angular apps, then compile the Electron side into dist/electron (scripts/electron-compile.ts).
    generateAssets: async () => {
      // Same fail-fast as the npm scripts, for a direct `npx electron-forge ...`.
      const binary = findElectronBinary(localElectronInstall());
      if ('missing' in binary) throw new Error(missingElectronMessage(binary.missing, 'npm run make'));
      run('npm', ['run', 'build']);
      run('npm', ['run', 'compile:desktop']);
    },
    // Before the archive is made and anything is signed: put trtc-electron-sdk's native files where they load from.
    packageAfterCopy: async (_config, buildPath, _electronVersion, platform, arch) => {
      placeTrtcNativeFiles(buildPath, platform, arch);
    },
  },
};

export default config;
