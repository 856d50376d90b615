/** Names and descriptions the packaged app and its installers carry. */
export const PRODUCT = {
  /** Shown to people: window titles, the macOS app bundle, the Start menu. */
  name: 'Broadcaster Console',
  /** The executable and the Linux package name: no spaces, lower case. */
  executableName: 'broadcaster-console',
  /** Reverse-DNS id: the macOS bundle id and the Windows app user model id. */
  appId: 'io.broadcaster.console',
  /** One line on what it is. */
  description: 'A multi-window console for TRTC interactive live streaming',
  /** Publisher shown in Windows file properties and installer. */
  company: 'Broadcaster Console',
  /** The Debian maintainer field ("Name <email>"); the operator sets a real contact before publishing. */
  maintainer: 'Broadcaster Console <broadcaster-console@example.invalid>',
} as const;

/** Why the app asks for the camera and the microphone (macOS shows these before the first use). */
export const USAGE_DESCRIPTIONS = {
  Camera: 'Broadcaster Console sends your camera to the live stream you host.',
  Microphone: 'Broadcaster Console sends your microphone to the live stream you host.',
} as const;
