import { dirname } from 'node:path';

// @electron/packager hands its afterCopy hooks (Forge's packageAfterCopy) the staged `resources/app`
// folder, which later becomes app.asar and app.asar.unpacked. Everything else is found from there.

/** True for Apple platforms: Forge's `darwin` and `mas` (Mac App Store) targets share the .app layout. */
export function isApple(platform: string): boolean {
  return platform === 'darwin' || platform === 'mas';
}

/** Windows and Linux: the folder holding the executable, `<root>` of `<root>/resources/app`. */
export function executableDir(appDir: string): string {
  return dirname(dirname(appDir));
}

/** macOS: the bundle's `Contents` folder, from `Electron.app/Contents/Resources/app` (renamed after the hook). */
export function bundleContentsDir(appDir: string): string {
  return dirname(dirname(appDir));
}
