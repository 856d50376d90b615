// A sandbox room as the console sees it in a busy rehearsal: the console's own client (behind the real EngineHost,
// as the engine side runs it) and N virtual participants, each a real SandboxTRTCCloud that enters as an anchor and
// starts camera and microphone, exactly as a scenario's `enter` step does. Joins and leaves are timed from the
// client's call to the moment every client in the room has been handed its callbacks.
import { randomBytes } from 'node:crypto';

import { TRTCAppScene, TRTCParams, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { EngineHost } from '../../electron/engine/engine-host';
import type { TRTCEvent } from '../../electron/engine/contract';
import { SandboxCloud, SandboxTRTCCloud } from '../../electron/sandbox';
import { WatchedClock } from './watched-clock';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;
const ROOM_ID = 29834;
/** Longer than any simulated entry (at most 400 ms). */
const SETTLE_MS = 1000;

/** One timed join or leave. */
export interface Timed {
  userId: string;
  /** Wall-clock µs. */
  us: number;
  /** The callbacks the console received meanwhile, e.g. `onRemoteUserEnterRoom(guest_00001)`. */
  seen: string[];
}

/** What a burst measured. */
export interface Burst {
  joins: Timed[];
  leaves: Timed[];
  /** µs of the millisecond before each landing: what the room costs when nobody joins (camera ticks, reports). */
  idle: number[];
}

interface Participant {
  userId: string;
  client: SandboxTRTCCloud;
}

/** A live room with the console in it and `remoteUsers` anchors on air, on a virtual clock with a fixed seed. */
export class BusyRoom {
  readonly clock: WatchedClock;
  readonly cloud: SandboxCloud;
  private readonly host: EngineHost;
  private readonly consoleClient: SandboxTRTCCloud;
  /** Participants in the room, oldest first. */
  private readonly participants: Participant[] = [];
  private seen: string[] = [];
  private nextUser = 0;

  constructor(
    remoteUsers: number,
    /** Starts this room's userIds. */
    private readonly prefix: string,
    seed = 1,
  ) {
    this.clock = new WatchedClock(Date.now());
    // As createSandboxEngine builds it (a secret key, so every userSig is verified), with room for more anchors
    // than the documented 50, so that 200 remote users can be on air in one live room.
    this.cloud = new SandboxCloud({
      clock: this.clock,
      seed,
      sdkAppId: SANDBOX_SDK_APP_ID,
      secretKey: randomBytes(32).toString('hex'),
      maxAnchors: remoteUsers + 100,
    });
    this.consoleClient = new SandboxTRTCCloud(this.cloud);
    this.host = new EngineHost(this.consoleClient, 'sandbox');
    this.host.events$.subscribe((event: TRTCEvent) => this.seen.push(`${event.name}(${event.args.map(String).join(',')})`));
    this.consoleClient.enterRoom(this.params('console'), LIVE);
    this.clock.advance(SETTLE_MS);
    for (let i = 0; i < remoteUsers; i++) {
      const participant = { userId: this.freshUserId(), client: new SandboxTRTCCloud(this.cloud) };
      this.enterAsAnchor(participant.client, this.params(participant.userId));
      this.participants.push(participant);
      this.clock.advance(1);
    }
    this.clock.advance(SETTLE_MS);
    if (this.members() !== remoteUsers + 1) throw new Error(`the room has ${this.members()} members, not ${remoteUsers + 1}`);
  }

  /** Remote users the console sees now. */
  get remoteUsers(): number {
    return this.participants.length;
  }

  /** Members the cloud holds in the room. */
  members(): number {
    return this.cloud.getRoom(ROOM_ID)?.members.length ?? 0;
  }

  /**
   * `count` fresh users enter at once, as a busy room has them, and as each entry lands the oldest participant
   * leaves, so the room stays at its size. Timed, each on its own: a joiner's calls; the millisecond its entry
   * lands (admission, presence to everyone, every client's callbacks delivered, and whatever else falls due in
   * that millisecond); a leave (exitRoom, every client's callbacks delivered). Untimed: the latencies between.
   */
  burst(count: number): Burst {
    const calls: number[] = [];
    const pending: (Participant & { due: number })[] = [];
    for (let i = 0; i < count; i++) {
      const participant = { userId: this.freshUserId(), client: new SandboxTRTCCloud(this.cloud) };
      const params = this.params(participant.userId); // the app server signs, not the cloud
      this.clock.watch();
      const start = performance.now();
      this.enterAsAnchor(participant.client, params);
      calls.push(performance.now() - start);
      const due = this.clock.latestDue();
      if (due === undefined) throw new Error('enterRoom set no timer for its answer');
      pending.push({ ...participant, due });
    }
    const order = pending.map((p, i) => ({ ...p, calls: calls[i] })).sort((a, b) => a.due - b.due);
    const joins: Timed[] = [];
    const leaves: Timed[] = [];
    const idle: number[] = [];
    const departed: SandboxTRTCCloud[] = [];
    for (let i = 0; i < order.length; ) {
      // Entries that land in the same millisecond share its time.
      const landing = order.filter((p) => p.due === order[i].due);
      i += landing.length;
      const before = landing[0].due - 1;
      if (before > this.clock.now()) {
        this.clock.advanceTo(before - 1);
        const quiet = performance.now();
        this.clock.advance(1);
        idle.push((performance.now() - quiet) * 1000);
      }
      this.seen = [];
      const start = performance.now();
      this.clock.advance(1);
      const ms = (performance.now() - start) / landing.length;
      for (const p of landing) {
        joins.push({ userId: p.userId, us: (p.calls + ms) * 1000, seen: this.seen });
        this.participants.push(p);
      }
      for (let k = 0; k < landing.length; k++) {
        const leaver = this.participants.shift() as Participant;
        this.seen = [];
        const left = performance.now();
        leaver.client.exitRoom();
        this.clock.advance(0);
        leaves.push({ userId: leaver.userId, us: (performance.now() - left) * 1000, seen: this.seen });
        departed.push(leaver.client);
      }
    }
    this.clock.advance(SETTLE_MS); // the leavers' onExitRoom
    for (const client of departed) client.destroy();
    return { joins, leaves, idle };
  }

  /** Stops every client of this room. */
  dispose(): void {
    for (const { client } of this.participants) client.destroy();
    this.participants.length = 0;
    this.host.dispose();
    this.consoleClient.destroy();
  }

  /** A scenario's `enter` step for an anchor: enterRoom, then camera and microphone. */
  private enterAsAnchor(client: SandboxTRTCCloud, params: TRTCParams): void {
    client.enterRoom(params, LIVE);
    client.startLocalPreview(null);
    client.startLocalAudio();
  }

  private freshUserId(): string {
    return `${this.prefix}_${String(this.nextUser++).padStart(5, '0')}`;
  }

  private params(userId: string): TRTCParams {
    return new TRTCParams(this.cloud.sdkAppId, userId, this.cloud.signUserSig(userId), ROOM_ID, '', TRTCRoleType.TRTCRoleAnchor);
  }
}
