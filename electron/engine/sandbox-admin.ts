/** The sandbox cloud's server-side operations, as the broker may call them (Tencent's server APIs plus fault injection). */
export interface SandboxAdmin {
  removeUser(roomId: number | string, userId: string): void;
  dismissRoom(roomId: number | string): void;
  dropConnection(userId: string, ms: number): void;
  timeoutNextEnter(): void;
  timeoutNextConnectOtherRoom(): void;
  /** Signs a userSig for a user, as a real app server would; the sandbox knows its own secret. */
  signUserSig(userId: string, sdkAppId: number): string;
}
