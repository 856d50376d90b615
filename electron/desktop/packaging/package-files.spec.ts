import { keepInPackage } from './package-files';

describe('keepInPackage', () => {
  it.each([
    '',
    '/package.json',
    '/node_modules',
    '/node_modules/trtc-electron-sdk/build/Release/trtc_electron_sdk.node',
    '/node_modules/@angular/core/package.json',
    '/node_modules/some-package/.eslintrc',
    '/dist',
    '/dist/console/browser/index.html',
    '/dist/preview-window/browser/main-AB12CD34.js',
    '/dist/electron',
    '/dist/electron/electron/desktop/main.js',
    '/dist/electron/projects/broadcast-core/src/desktop/index.js',
  ])('keeps %j', (path) => {
    expect(keepInPackage(path)).toBe(true);
  });

  it.each([
    '/src',
    '/electron/desktop/main.ts',
    '/projects/console/src/main.ts',
    '/forge.config.ts',
    '/package-lock.json',
    '/tsconfig.json',
    '/out/make',
    '/e2e',
    '/docs/desktop.md',
    '/dist/other-app/index.html',
    '/dist/electronics',
    '/package.json.bak',
    '/dist/electron/electron/desktop/packaging',
    '/dist/electron/electron/desktop/packaging/fuses.js',
    '/node_modules/.bin',
    '/node_modules/.bin/tsc',
    '/node_modules/.cache/jiti/main-forge.config.17857a46.mjs',
    '/node_modules/.package-lock.json',
  ])('leaves out %j', (path) => {
    expect(keepInPackage(path)).toBe(false);
  });
});
