/**
 * How the app is packed into app.asar. The OS loader can only open real files, so native addons stay
 * outside the archive (in app.asar.unpacked, where Electron redirects `require` for them), and so does
 * trtc-electron-sdk's whole build folder: its addon loads the libraries beside it.
 */
export const ASAR_OPTIONS = {
  /** Every native addon, wherever it is. */
  unpack: '**/*.node',
  /** The SDK's build folder and everything under it. */
  unpackDir: 'node_modules/trtc-electron-sdk/build{,/**}',
} as const;
