/**
 * The IPC channel names between the desktop app's windows and its main process: one list, used by the
 * preloads and by the main process, which accepts nothing else.
 */
export const IPC = {
  /** UI window → main: connect this window to the broker (again, after a reload). */
  bridgeConnect: 'bridge:connect',
  /** UI window → main: one bridge ClientMessage, as JSON text. */
  bridgeSend: 'bridge:send',
  /** main → UI window: one bridge ServerMessage, as JSON text. */
  bridgeMessage: 'bridge:message',
  /** main → UI window: the window's frame port to the engine window (a MessagePort in `ports`). */
  bridgeFramePort: 'bridge:frame-port',
  /** UI window → main: a window-manager request, answered (invoke/handle). */
  desktopInvoke: 'desktop:invoke',
  /** main → UI window: the displays or the window layout changed. */
  desktopEvent: 'desktop:event',
  /** main → engine window: its contract channel (a MessagePort in `ports`) and what engine to run. */
  engineChannel: 'engine:channel',
} as const;

/** One of the IPC channel names. */
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** The key under which a UI window's preload exposes the desktop API. */
export const DESKTOP_API_KEY = 'broadcasterDesktop';

/** The `window.postMessage` type by which a UI window's preload hands its frame port to the page. */
export const FRAME_PORT_MESSAGE = 'broadcaster:frame-port';
