/** How the broker reaches one window, whatever the transport (WebSocket, Electron IPC). */
export interface WindowLink {
  /** Sends one serialized ServerMessage. The same string goes to every window, serialized once. */
  send(text: string): void;
  /** Sends one encoded frame (binary), for transports that carry frames themselves (the WebSocket). */
  sendFrame(bytes: Uint8Array): void;
  /**
   * Hands the window its own frame port to the engine side, for transports that can move a port to it
   * (Electron): frames then go from the engine to the window without passing here.
   */
  deliverFramePort?(port: unknown): void;
  /**
   * Bytes sent and not yet taken by the window (a socket's buffered amount), for transports that can
   * tell; past a budget the broker stops sending to the window until it drains (see BudgetedLink).
   */
  backlog?(): number;
}
