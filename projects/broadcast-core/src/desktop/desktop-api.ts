import type { DesktopEvent, DesktopRequest, DesktopResponse } from './desktop-requests';

/** The bridge as a UI window's preload offers it: text messages to and from the broker. */
export interface DesktopBridgeApi {
  /** Connects this window to the broker (again after a reload): a hello and a snapshot follow. */
  connect(): void;
  /** Sends one bridge ClientMessage, as JSON text. */
  send(text: string): void;
  /** Calls `listener` with each bridge ServerMessage, as JSON text; returns a function that stops it. */
  onMessage(listener: (text: string) => void): () => void;
}

/** The window manager as a UI window's preload offers it. */
export interface DesktopWindowsApi {
  /** Asks the main process to do something with the windows; answers with the layout after it. */
  request(request: DesktopRequest): Promise<DesktopResponse>;
  /** Calls `listener` with each event of the main process; returns a function that stops it. */
  onEvent(listener: (event: DesktopEvent) => void): () => void;
}

/**
 * Everything a UI window of the desktop app may reach, exposed by its preload under DESKTOP_API_KEY: named
 * functions only, never Electron's own objects. Its frame port arrives as a `window` message (FRAME_PORT_MESSAGE).
 */
export interface BroadcasterDesktopApi {
  readonly bridge: DesktopBridgeApi;
  readonly windows: DesktopWindowsApi;
}
