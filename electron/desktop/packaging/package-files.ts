import { APPS } from '../../app-files/static-files';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What goes in: package.json, production node_modules (the packager prunes dev ones), the app builds and the compiled Electron side. */
const KEEP = new RegExp(`^/(package\\.json$|node_modules(/|$)|dist$|dist/(${[...APPS, 'electron'].map(escape).join('|')})(/|$))`);

/**
 * Build-only things inside what KEEP lets in: npm's and tools' dot entries at the top of node_modules
 * (.bin, .package-lock.json, .cache, where Forge's config loader caches the compiled forge.config.ts),
 * and the packaging helpers, which tsc compiles with the desktop sources but which are not app code.
 */
const BUILD_ONLY = /^\/(node_modules\/\.|dist\/electron\/electron\/desktop\/packaging(\/|$))/;

/**
 * Whether a path belongs in the package, as @electron/packager's `ignore` asks: relative to the project
 * root, with a leading slash and forward slashes (`''` is the root itself).
 */
export function keepInPackage(path: string): boolean {
  return path === '' || (KEEP.test(path) && !BUILD_ONLY.test(path));
}
