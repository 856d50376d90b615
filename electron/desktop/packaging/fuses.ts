import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses flipped into every packaged binary (by @electron-forge/plugin-fuses). Fuses are
 * compiled-in switches that a packaged app cannot turn back on at run time, so they close doors that
 * ordinary code can't. Every fuse @electron/fuses knows is stated here; newer fuses it does not know
 * keep Electron's default.
 */
export const FUSES = {
  version: FuseVersion.V1,
  // No `ELECTRON_RUN_AS_NODE=1 broadcaster-console script.js`: the signed binary must not double as a Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium secrets encrypted at rest with an OS-held key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would let anyone on the machine attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar must match the hash recorded at packaging time (Info.plist / the .exe's resources).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, so a dropped-in resources/app folder cannot replace the app.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Default V8 snapshot: the app ships no custom browser-process snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Pages load over the app:// protocol, so file:// needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseV1Config;

