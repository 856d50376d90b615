import type { SandboxAdmin, SandboxRoomInfo } from '../contract';

/** One server-side operation the sandbox admin double received. */
export interface AdminCall {
  method: keyof SandboxAdmin;
  args: unknown[];
}

/**
 * Records sandbox admin operations and signs userSigs as `sig:<sdkAppId>:<userId>`; its rooms are
 * whatever the spec puts in `rooms` (listings are reads, so they are counted, not recorded in `calls`).
 */
export class RecordingSandboxAdmin implements SandboxAdmin {
  /** Every operation, in order. */
  readonly calls: AdminCall[] = [];
  /** What removeUser, dismissRoom, dropConnection, unplugDevice and plugDevice answer: false means "no such user or room". */
  found = true;
  /** What listRooms answers. */
  rooms: SandboxRoomInfo[] = [];
  /** How many times the rooms were listed. */
  inspections = 0;

  listRooms(): SandboxRoomInfo[] {
    this.inspections++;
    return this.rooms;
  }

  removeUser(roomId: number | string, userId: string): boolean {
    this.calls.push({ method: 'removeUser', args: [roomId, userId] });
    return this.found;
  }
  dismissRoom(roomId: number | string): boolean {
    this.calls.push({ method: 'dismissRoom', args: [roomId] });
    return this.found;
  }
  dropConnection(userId: string, ms: number): boolean {
    this.calls.push({ method: 'dropConnection', args: [userId, ms] });
    return this.found;
  }
  timeoutNextEnter(): void {
    this.calls.push({ method: 'timeoutNextEnter', args: [] });
  }
  timeoutNextConnectOtherRoom(): void {
    this.calls.push({ method: 'timeoutNextConnectOtherRoom', args: [] });
  }
  cdnUnreachable(host?: string): void {
    this.calls.push({ method: 'cdnUnreachable', args: host === undefined ? [] : [host] });
  }
  weakNetwork(weak: boolean): void {
    this.calls.push({ method: 'weakNetwork', args: [weak] });
  }
  unplugDevice(deviceId: string): boolean {
    this.calls.push({ method: 'unplugDevice', args: [deviceId] });
    return this.found;
  }
  plugDevice(deviceId: string): boolean {
    this.calls.push({ method: 'plugDevice', args: [deviceId] });
    return this.found;
  }
  cdnRecover(host?: string): void {
    this.calls.push({ method: 'cdnRecover', args: host === undefined ? [] : [host] });
  }
  shareScreen(userId: string, sourceId: string | null): boolean {
    this.calls.push({ method: 'shareScreen', args: [userId, sourceId] });
    return this.found;
  }
  signUserSig(userId: string, sdkAppId: number): string {
    this.calls.push({ method: 'signUserSig', args: [userId, sdkAppId] });
    return `sig:${sdkAppId}:${userId}`;
  }
}
