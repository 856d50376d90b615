import { TRTCAppScene, TRTCParams, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { VirtualClock } from '../../time/clock';
import type { RoomId } from '../common/room-key';
import { SandboxCloud } from '../server/sandbox-cloud';
import type { SandboxCloudOptions } from '../server/sandbox-options';
import { SandboxTRTCCloud } from '../client/sandbox-trtc-cloud';
import { EventRecorder } from './event-recorder';

/** A sandbox client in a spec, with everything it received. */
export interface TestClient {
  trtc: SandboxTRTCCloud;
  events: EventRecorder;
}

/** How a test client enters. */
export interface EnterOptions {
  scene?: TRTCAppScene;
  role?: TRTCRoleType;
  /** Time to let pass after the call (default: enough for any entry). */
  settleMs?: number;
}

/** The guide's scene, used unless a spec says otherwise: interactive video live streaming. */
const DEFAULT_SCENE = TRTCAppScene.TRTCAppSceneLIVE;

/** Longer than any simulated latency (entry is at most 400 ms). */
export const SETTLE_MS = 1000;

/**
 * A cloud on a virtual clock with a fixed seed, and shorthands to create and enter clients,
 * so that specs read as the scenario they check.
 */
export class SandboxHarness {
  readonly clock: VirtualClock;
  readonly cloud: SandboxCloud;
  private readonly clients: TestClient[] = [];

  constructor(options: SandboxCloudOptions = {}) {
    this.clock = (options.clock as VirtualClock | undefined) ?? new VirtualClock();
    this.cloud = new SandboxCloud({ seed: 1, ...options, clock: this.clock });
  }

  /** A new client on the cloud, not in a room. */
  client(): TestClient {
    const trtc = new SandboxTRTCCloud(this.cloud);
    const client = { trtc, events: new EventRecorder(trtc, this.clock) };
    this.clients.push(client);
    return client;
  }

  /** TRTCParams for a user, with a userSig the cloud accepts; a string roomId means a strRoomId room. */
  params(userId: string, roomId: RoomId, role: TRTCRoleType = TRTCRoleType.TRTCRoleAnchor): TRTCParams {
    const params = new TRTCParams(this.cloud.sdkAppId, userId, this.cloud.signUserSig(userId), 0, '', role);
    if (typeof roomId === 'number') params.roomId = roomId;
    else params.strRoomId = roomId;
    return params;
  }

  /** Enters an existing client and lets the entry complete. */
  enterWith(client: TestClient, userId: string, roomId: RoomId, options: EnterOptions = {}): TestClient {
    client.trtc.enterRoom(this.params(userId, roomId, options.role), options.scene ?? DEFAULT_SCENE);
    this.advance(options.settleMs ?? SETTLE_MS);
    return client;
  }

  /** A new client that entered a room (LIVE unless told otherwise) and whose entry completed. */
  enter(userId: string, roomId: RoomId, options: EnterOptions = {}): TestClient {
    return this.enterWith(this.client(), userId, roomId, options);
  }

  /** A new anchor in a LIVE room, camera and microphone on. */
  publishingAnchor(userId: string, roomId: RoomId): TestClient {
    const anchor = this.enter(userId, roomId);
    anchor.trtc.startLocalPreview(null);
    anchor.trtc.startLocalAudio();
    this.advance(SETTLE_MS);
    return anchor;
  }

  /** Lets simulated time pass. */
  advance(ms: number = SETTLE_MS): void {
    this.clock.advance(ms);
  }

  /** Destroys every client made here. */
  destroyAll(): void {
    for (const client of this.clients) client.trtc.destroy();
  }
}
