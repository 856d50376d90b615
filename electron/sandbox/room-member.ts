import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { SandboxClientPort } from './sandbox-client-port';
import type { SandboxRoom } from './sandbox-room';

/** What a client has been told about one remote user: its last onUserVideoAvailable / onUserAudioAvailable. */
export interface RemoteState {
  video: boolean;
  audio: boolean;
}

/** One client's session in a room, as the server holds it. */
export class RoomMember {
  /** The remote users this member's client knows about, by userId, with what it was told they publish. */
  readonly told = new Map<string, RemoteState>();

  constructor(
    /** The client in the room. */
    readonly client: SandboxClientPort,
    /** Its userId. */
    readonly userId: string,
    /** Its role (always anchor in call scenes). */
    public role: TRTCRoleType,
    /** The room it is in. */
    readonly room: SandboxRoom,
    /** When it entered, in clock milliseconds. */
    readonly enteredAt: number,
  ) {}

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

  /** Whether the server still holds this session in its room. */
  get inRoom(): boolean {
    return this.room.members.get(this.userId) === this;
  }
}
