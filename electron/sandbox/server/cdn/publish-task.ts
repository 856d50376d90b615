import type { TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEventMap } from '../../../engine/contract';
import type { Clock } from '../../../time/clock';
import type { MixInputs } from '../mixer/mix-layers';
import { MixStream } from '../mixer/mix-stream';
import type { RoomId } from '../../common/room-key';
import type { RoomMember } from '../room-member';
import { CdnPush, CdnPushStatus } from './cdn-push';
import { isMixMode } from './publish-codes';
import type { PublishRequest } from './publish-request';
import type { RobotRoster } from './robot-roster';
import { roomOfUser } from './trtc-user-check';

/** What a task needs from the service. */
export interface PublishTaskEnv {
  clock: Clock;
  latency(kind: 'cdnConnect' | 'cdnDisconnect'): number;
  /** Whether a push URL can be reached now. */
  reachable(url: string): boolean;
  /** Tells the task's owner, if it is in the room now (a task outlives its owner's session). */
  tellOwner<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void;
  /** The rooms' users, for the mixer. */
  mixInputs: MixInputs;
  /** Who watches this task's mix. */
  mixSinks(): ((frame: TRTCVideoFrame) => void)[];
  /** Where the robot of a MixStreamToRoom task comes and goes. */
  robots: RobotRoster;
}

/** A publishing task as the service runs it: its pushes, one per CDN URL, and its mixer when it mixes. */
export class PublishTask {
  private readonly pushes = new Map<string, CdnPush>();
  private mixer: MixStream | undefined;
  /** The robot publishing the mix into a room (TRTCPublishMixStreamToRoom). */
  private robot: RoomMember | undefined;

  constructor(
    /** The id onStartPublishMediaStream gave. */
    readonly taskId: string,
    /** The room it was started in. */
    readonly roomId: RoomId,
    /** The user who started it. */
    readonly ownerId: string,
    private request: PublishRequest,
    private readonly env: PublishTaskEnv,
  ) {}

  /** What the task does now. */
  get current(): PublishRequest {
    return this.request;
  }

  /** The robot's room and userId, when it has one. */
  get robotAt(): { roomId: RoomId; userId: string } | undefined {
    return this.robot && { roomId: this.robot.room.roomId, userId: this.robot.userId };
  }

  /** The status of each of its CDN URLs. */
  statuses(): { url: string; status: CdnPushStatus }[] {
    return [...this.pushes].map(([url, push]) => ({ url, status: push.status }));
  }

  /** Starts pushing to every URL, and mixing when the mode mixes. */
  start(): void {
    for (const { rtmpUrl } of this.request.cdnUrls) this.startPush(rtmpUrl);
    this.syncMixer();
    this.syncRobot();
  }

  /**
   * Applies an update: URLs no longer listed stop, new ones start, and the ones kept go on untouched (a failed
   * one tries again), so a relay-to-mix switch never interrupts the CDN stream. The mixer follows the mode.
   */
  update(next: PublishRequest): void {
    const wanted = new Set(next.cdnUrls.map((url) => url.rtmpUrl));
    for (const [url, push] of this.pushes) {
      if (wanted.has(url)) continue;
      push.stop();
      this.pushes.delete(url);
    }
    for (const url of wanted) {
      const push = this.pushes.get(url);
      if (push) push.retryIfFailed();
      else this.startPush(url);
    }
    this.request = next;
    this.syncMixer();
    this.syncRobot();
  }

  /** Stops every push (Stopping, then Idle), the mixer and the robot. */
  stop(): void {
    for (const push of this.pushes.values()) push.stop();
    this.mixer?.stop();
    this.leaveRobot();
  }

  /** Ends at once without reports: its room is gone and nobody is left to tell. */
  drop(): void {
    for (const push of this.pushes.values()) push.drop();
    this.mixer?.stop();
    this.leaveRobot();
  }

  /** The CDN of some URLs became unreachable. */
  cdnLost(): void {
    for (const [url, push] of this.pushes) if (!this.env.reachable(url)) push.lost();
  }

  /** Some CDNs can be reached again. */
  cdnRestored(): void {
    for (const [url, push] of this.pushes) if (this.env.reachable(url)) push.restored();
  }

  private startPush(url: string): void {
    const { clock, latency, reachable, tellOwner } = this.env;
    const push = new CdnPush({
      clock,
      latency,
      reachable: () => reachable(url),
      report: (status, code, message) => tellOwner('onCdnStreamStateChanged', url, status, code, message),
    });
    this.pushes.set(url, push);
    push.start();
  }

  private syncMixer(): void {
    const { encoder, mixing, mode } = this.request;
    if (!isMixMode(mode) || !encoder || !mixing) {
      this.mixer?.stop();
      this.mixer = undefined;
      return;
    }
    const plan = { encoder, mixing, roomId: this.roomId };
    if (this.mixer) this.mixer.update(plan);
    else {
      this.mixer = new MixStream(this.env.clock, plan, this.env.mixInputs, () => this.mixConsumers());
      this.mixer.start();
    }
  }

  /** Those who watch the mix, and the members viewing its robot. */
  private mixConsumers(): ((frame: TRTCVideoFrame) => void)[] {
    const sinks = this.env.mixSinks();
    return this.robot ? [...sinks, ...this.env.robots.viewers(this.robot)] : sinks;
  }

  /** Puts the robot the request names in its room (the registry checked it may join), or takes it out. */
  private syncRobot(): void {
    const identity = this.request.mixStreamIdentity;
    const room = identity && roomOfUser(identity, this.roomId);
    const robot = this.robot;
    if (robot && identity && robot.userId === identity.userId && robot.room.roomId === room) return;
    this.leaveRobot();
    if (identity && room !== null) this.robot = this.env.robots.join(room, identity.userId, { encoder: () => this.request.encoder! });
  }

  private leaveRobot(): void {
    if (this.robot) this.env.robots.leave(this.robot);
    this.robot = undefined;
  }

}
