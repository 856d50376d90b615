/** How the broker reaches one window, whatever the transport (WebSocket, Electron IPC). */
export interface WindowLink {
  /** Sends one serialized ServerMessage. The same string goes to every window, serialized once. */
  send(text: string): void;
  /** Sends one encoded frame (binary). */
  sendFrame(bytes: Uint8Array): void;
}
