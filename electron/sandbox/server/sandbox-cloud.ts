import type { SandboxAdmin } from '../../engine/contract';
import { RealClock, type Clock } from '../../time/clock';
import type { PublishTaskInfo } from './cdn/publish-tasks';
import { linkInfo, roomInfo, type SandboxLinkInfo, type SandboxRoomInfo } from './room-inspection';
import { describeRoom, type RoomId } from '../common/room-key';
import { DEFAULT_LIMITS, DEFAULT_SDK_APP_ID, type SandboxCloudOptions, type SandboxLimits } from './sandbox-options';
import { DEPARTURES, SandboxServer } from './sandbox-server';
import { randomSeed, SeededRandom } from '../common/seeded-random';
import { signUserSig } from './user-sig-signer';
import type { FrameSink } from '../common/video-stream-ticker';

/** Signs userSigs when the cloud has no secret key (nothing verifies them then, but they keep the TLS v2 shape). */
const UNVERIFIED_SECRET_KEY = 'sandbox-without-secret-key';

/** A userSig's validity when none is asked for: one day. */
const DEFAULT_SIG_EXPIRE_SECONDS = 86400;

/**
 * A simulated, offline TRTC service. Clients (SandboxTRTCCloud) enter its rooms; the methods here mirror
 * Tencent's server APIs (RemoveUser, DismissRoom), inject faults (dropped networks, request timeouts),
 * and let tests and an admin panel look inside.
 */
export class SandboxCloud implements SandboxAdmin {
  /** The time source shared by the cloud and its clients. */
  readonly clock: Clock;
  /** The app's sdkAppId (enforced only when given in the options). */
  readonly sdkAppId: number;
  /** The capacity limits in force. */
  readonly limits: Readonly<SandboxLimits>;
  /** The service itself; used by SandboxTRTCCloud, not by apps. @internal */
  readonly server: SandboxServer;
  private readonly secretKey: string | undefined;

  constructor(options: SandboxCloudOptions = {}) {
    this.clock = options.clock ?? new RealClock();
    this.sdkAppId = options.sdkAppId ?? DEFAULT_SDK_APP_ID;
    this.secretKey = options.secretKey;
    this.limits = {
      maxLiveOnline: options.maxLiveOnline ?? DEFAULT_LIMITS.maxLiveOnline,
      maxCallMembers: options.maxCallMembers ?? DEFAULT_LIMITS.maxCallMembers,
      maxAnchors: options.maxAnchors ?? DEFAULT_LIMITS.maxAnchors,
      maxCrossRoomLinks: options.maxCrossRoomLinks ?? DEFAULT_LIMITS.maxCrossRoomLinks,
    };
    this.server = new SandboxServer({
      clock: this.clock,
      random: new SeededRandom(options.seed ?? randomSeed()),
      limits: this.limits,
      requiredSdkAppId: options.sdkAppId,
      secretKey: options.secretKey,
    });
  }

  /** RemoveUser: the user gets onExitRoom(1), others who saw it onRemoteUserLeaveRoom(userId, 2). False when not there. */
  removeUser(roomId: RoomId, userId: string): boolean {
    const member = this.server.room(roomId)?.members.get(userId);
    if (!member) return false;
    this.server.leave(member, DEPARTURES.removed);
    return true;
  }

  /** DismissRoom: everyone in it gets onExitRoom(2) and the room is gone. False when there is no such room. */
  dismissRoom(roomId: RoomId): boolean {
    const room = this.server.room(roomId);
    if (!room) return false;
    this.server.dismiss(room);
    return true;
  }

  /**
   * Cuts the network of every session of a user for `ms`: lost, retries every 1-2 s, then recovered.
   * False when the user is in no room; a RangeError for a negative or non-finite duration.
   */
  dropConnection(userId: string, ms: number): boolean {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`dropConnection: ms must be a finite duration >= 0, got ${ms}`);
    const members = this.server.membersNamed(userId);
    for (const member of members) member.client.dropConnection(ms);
    return members.length > 0;
  }

  /**
   * Makes every session of a user share a virtual screen or window by its sourceId, or stop with null, as a
   * participant's app would (the one-sharer rule applies: a refused share gets -102016). False when not online.
   */
  shareScreen(userId: string, sourceId: string | null): boolean {
    const members = this.server.membersNamed(userId);
    for (const member of members) member.client.shareScreen(sourceId);
    return members.length > 0;
  }

  /** The next enterRoom (after its parameters pass) gets no answer: ERR_ROOM_REQUEST_ENTER_ROOM_TIMEOUT after 5 s. */
  timeoutNextEnter(): void {
    this.server.armEnterTimeout();
  }

  /** The next connectOtherRoom (after its parameters pass) gets no answer: ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT after 5 s. */
  timeoutNextConnectOtherRoom(): void {
    this.server.armConnectTimeout();
  }

  /** Makes the access network weak (or healthy again): speed tests then measure a slow, lossy link. */
  weakNetwork(weak: boolean): void {
    this.server.linkWeak = weak;
  }

  /** Pulls a camera, mic or speaker out of the machine: onDeviceChange(Remove) on every client. False for an unknown device. */
  unplugDevice(deviceId: string): boolean {
    return this.server.rack.unplug(deviceId);
  }

  /** Plugs a device back in: onDeviceChange(Add) on every client. False for an unknown device. */
  plugDevice(deviceId: string): boolean {
    return this.server.rack.plug(deviceId);
  }

  /** Makes a CDN host unreachable (every host when none is given): its pushes recover, then fail after 60 s. */
  cdnUnreachable(host?: string): void {
    this.server.publishing.cdnUnreachable(host);
  }

  /** Makes a CDN host reachable again (every host when none is given): its pushes go back to pushing. */
  cdnRecover(host?: string): void {
    this.server.publishing.cdnRecover(host);
  }

  /** Every running publishing task with its CDN URLs' statuses. */
  listPublishTasks(): PublishTaskInfo[] {
    return this.server.publishing.list();
  }

  /**
   * Adds a consumer of the mixed frames of a task (`mix:<taskId>` for a frame router); it may subscribe before
   * the task starts and stays until removed. Frames are rendered only while someone consumes them, and reuse
   * one buffer: copy what must last. Returns what removes it.
   */
  subscribeMix(taskId: string, sink: FrameSink): () => void {
    return this.server.publishing.subscribeMix(taskId, sink);
  }

  /**
   * Adds (or, with a negative count, removes) simulated viewers of a live room; they count toward its
   * online limit but are only a number. Returns the new virtual audience. Throws for a missing or call-scene room.
   */
  addVirtualAudience(roomId: RoomId, count: number): number {
    const room = this.server.room(roomId);
    if (!room) throw new Error(`addVirtualAudience: ${describeRoom(roomId)} does not exist (rooms exist while someone is in them)`);
    if (!room.isLive) throw new Error(`addVirtualAudience: ${describeRoom(roomId)} is a call; only live rooms have an audience`);
    if (!Number.isInteger(count)) throw new Error(`addVirtualAudience: count must be an integer, got ${count}`);
    const capacity = this.limits.maxLiveOnline - room.members.size;
    room.virtualAudience = Math.min(Math.max(0, room.virtualAudience + count), capacity);
    return room.virtualAudience;
  }

  /** Signs a userSig as the app server would, valid on this cloud's clock (with its secret key when it has one). */
  signUserSig(userId: string, sdkAppId: number = this.sdkAppId, expireSeconds = DEFAULT_SIG_EXPIRE_SECONDS): string {
    return signUserSig(this.secretKey ?? UNVERIFIED_SECRET_KEY, { userId, sdkAppId, expireSeconds, nowMs: this.clock.now() });
  }

  /** Every room, with members, counts and links. */
  listRooms(): SandboxRoomInfo[] {
    return [...this.server.rooms.values()].map((room) => roomInfo(room, this.server.links.touching(room)));
  }

  /** One room, or undefined when nobody is in it. */
  getRoom(roomId: RoomId): SandboxRoomInfo | undefined {
    const room = this.server.room(roomId);
    return room && roomInfo(room, this.server.links.touching(room));
  }

  /** Members plus virtual audience of a room (0 when it does not exist). */
  onlineCount(roomId: RoomId): number {
    return this.server.room(roomId)?.onlineCount ?? 0;
  }

  /** Every cross-room link, oldest first. */
  listLinks(): SandboxLinkInfo[] {
    return this.server.links.all().map(linkInfo);
  }
}
