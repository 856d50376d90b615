import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { DeliveryLane } from './delivery-lane';
import { presenceSight } from './presence-news';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { SandboxRoom } from './sandbox-room';

/** What a client has been told about one remote user: its last onUserVideoAvailable / onUserAudioAvailable / onUserSubStreamAvailable. */
export interface RemoteState {
  readonly video: boolean;
  readonly audio: boolean;
  /** Its screen share (the sub stream). */
  readonly sub: boolean;
}

/** One client's session in a room, as the server holds it. */
export class RoomMember {
  /** The remote users this member's client knows about, by userId, with what it was told they publish (see presenceSight). */
  readonly told = new Map<string, RemoteState>();
  /** Its client's callback lane, at hand: telling a 200-member room reaches 200 lanes without going through the clients. */
  readonly callbacks: DeliveryLane;
  /**
   * What others see it publish, as of the last refreshSight (the server refreshes it whenever role or capture
   * change), so a newcomer learns what 200 others publish without asking 200 clients.
   */
  sight: RemoteState;

  constructor(
    /** The client in the room. */
    readonly client: SandboxClientPort,
    /** Its userId. */
    readonly userId: string,
    /** Its role (always anchor in call scenes); changed through SandboxRoom.setRole, which counts anchors. */
    public role: TRTCRoleType,
    /** The room it is in. */
    readonly room: SandboxRoom,
    /** When it entered, in clock milliseconds. */
    readonly enteredAt: number,
  ) {
    this.callbacks = client.callbacks;
    this.sight = this.refreshSight();
  }

  /** Reads what it publishes now into `sight`. */
  refreshSight(): RemoteState {
    this.sight = presenceSight(this.publishesVideo(), this.publishesAudio(), this.publishesSubStream());
    return this.sight;
  }

  /** Whether it may publish and is announced to others. */
  get isAnchor(): boolean {
    return this.role === TRTCRoleType.TRTCRoleAnchor;
  }

  /** Whether others receive its camera: an anchor with preview on and not muted. */
  publishesVideo(): boolean {
    return this.isAnchor && this.client.sendsVideo();
  }

  /** Whether others receive its microphone: an anchor with audio on and not muted. */
  publishesAudio(): boolean {
    return this.isAnchor && this.client.sendsAudio();
  }

  /** Whether others receive its screen share: an anchor capturing a screen who holds the room's one sub-stream seat. */
  publishesSubStream(): boolean {
    return this.isAnchor && this.room.subStreamHolder === this && this.client.sendsSubStream();
  }

  /** Whether the server still holds this session in its room. */
  get inRoom(): boolean {
    return this.room.members.get(this.userId) === this;
  }
}
