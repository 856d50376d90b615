import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../time/clock';
import { CallbackDelivery } from './callback-delivery';
import { PublishTasks } from './cdn/publish-tasks';
import { robotRoster, type RobotRoster } from './cdn/robot-roster';
import type { ConnectTarget } from '../common/connect-other-room-params';
import { CrossRoomLinks, partnerSeenFrom, type CrossRoomLink } from './cross-room-links';
import { roomMixInputs } from './mixer/room-mix-inputs';
import { syncRooms, visibleAs, type LeaveReasons, type SyncFocus } from './presence-sync';
import { checkAnchorSeat, checkRoomAdmission } from './room-admission';
import { describeRoom, roomKeyOf, type RoomId, type RoomKey } from '../common/room-key';
import { RoomMember } from './room-member';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { BAD_SCENE, INVALID_ROLE, REPLACED_BY_NEWER_LOGIN } from '../common/sandbox-codes';
import { SandboxFailure } from '../common/sandbox-failure';
import type { SandboxLimits } from './sandbox-options';
import { SandboxRoom } from './sandbox-room';
import { LATENCY_MS, type LatencyKind } from '../common/sandbox-timing';
import { effectiveRole } from '../common/scene-rules';
import { ExitReason, LeaveReason } from '../common/sdk-reasons';
import type { SeededRandom } from '../common/seeded-random';
import { isRole, type EntryRequest } from '../common/trtc-params-validation';
import { verifyUserSig } from './user-sig-verifier';
import { ViewedUsers } from './viewed-users';
import { DeviceRack } from './devices/device-rack';

/** What the server is built from. */
export interface ServerConfig {
  clock: Clock;
  random: SeededRandom;
  limits: SandboxLimits;
  /** When set, only this sdkAppId may enter. */
  requiredSdkAppId?: number;
  /** When set, userSigs are verified with it. */
  secretKey?: string;
}

/** How a member leaves: what others are told, what it is told, and how a PK partner's caller hears of it. */
export interface Departure {
  leaveReason: LeaveReason;
  /** onExitRoom for the leaver when the server ends its session; absent when the client left by itself. */
  exitReason?: ExitReason;
  /** For onDisconnectOtherRoom messages: "<userId> <why>". */
  why: string;
}

/** The ways a member leaves a room. */
export const DEPARTURES = {
  exited: { leaveReason: LeaveReason.Left, why: 'left the room' },
  removed: { leaveReason: LeaveReason.Removed, exitReason: ExitReason.Kicked, why: 'was removed from the room' },
  replaced: { leaveReason: LeaveReason.Removed, exitReason: ExitReason.Kicked, why: 'was replaced by a newer login' },
} as const satisfies Record<string, Departure>;

/**
 * The simulated TRTC service behind every SandboxTRTCCloud: rooms, members, roles and cross-room links.
 * It changes state synchronously and tells clients through their ports; the clients add the latency.
 * Internal to the sandbox: apps use SandboxCloud.
 */
export class SandboxServer {
  /** Rooms by key; a room exists while it has members. */
  readonly rooms = new Map<RoomKey, SandboxRoom>();
  /** Cross-room PK links. */
  readonly links = new CrossRoomLinks();
  /** Every client's callbacks, on one timer. */
  readonly delivery: CallbackDelivery;
  /** The userIds some client views. */
  readonly viewed = new ViewedUsers();
  /** Publishing tasks (startPublishMediaStream): CDN pushes and the cloud mixer. */
  readonly publishing: PublishTasks;
  /** The robots that MixStreamToRoom tasks put in rooms. */
  private readonly robots: RobotRoster;
  private enterTimeouts = 0;
  /** The access network is weak (sandbox.weakNetwork): speed tests measure little bandwidth, high rtt and loss. */
  linkWeak = false;
  /** The machine's cameras, mics and speakers, plugged in or not (sandbox.unplugDevice / sandbox.plugDevice). */
  readonly rack = new DeviceRack();
  private connectTimeouts = 0;

  constructor(private readonly config: ServerConfig) {
    this.delivery = new CallbackDelivery(config.clock);
    this.robots = robotRoster(this, (robot) => this.leave(robot, DEPARTURES.exited));
    this.publishing = new PublishTasks({
      clock: config.clock,
      latency: (kind) => this.latency(kind),
      tell: (owner, name, ...args) => this.room(owner.roomId)?.members.get(owner.userId)?.client.post(name, ...args),
      mixInputs: roomMixInputs(this, (member) => this.robots.isRobot(member)),
      robots: this.robots,
    });
  }

  /** The service's clock. */
  get clock(): Clock {
    return this.config.clock;
  }

  /** The service's seeded random source. */
  get random(): SeededRandom {
    return this.config.random;
  }

  /** The limits in force. */
  get limits(): SandboxLimits {
    return this.config.limits;
  }

  /** A latency drawn for a kind of request, in whole milliseconds. */
  latency(kind: LatencyKind): number {
    const [min, max] = LATENCY_MS[kind];
    return Math.round(this.random.between(min, max));
  }

  /** Makes the next enterRoom request go unanswered. */
  armEnterTimeout(): void {
    this.enterTimeouts++;
  }

  /** Makes the next connectOtherRoom request go unanswered. */
  armConnectTimeout(): void {
    this.connectTimeouts++;
  }

  /** Whether this enterRoom request is one to leave unanswered (consumes the order). */
  takeEnterTimeout(): boolean {
    if (this.enterTimeouts === 0) return false;
    this.enterTimeouts--;
    return true;
  }

  /** Whether this connectOtherRoom request is one to leave unanswered (consumes the order). */
  takeConnectTimeout(): boolean {
    if (this.connectTimeouts === 0) return false;
    this.connectTimeouts--;
    return true;
  }

  /** The room with that id, if it exists. */
  room(roomId: RoomId): SandboxRoom | undefined {
    return this.rooms.get(roomKeyOf(roomId));
  }

  /** Every session of a userId, in any room. */
  membersNamed(userId: string): RoomMember[] {
    const found: RoomMember[] = [];
    for (const room of this.rooms.values()) {
      const member = room.members.get(userId);
      if (member) found.push(member);
    }
    return found;
  }

  /**
   * Admits a client to a room (creating it), or says why not. An older session of the same userId in
   * that room is removed first. Announcing the member is left to the caller (publicationChanged), so the
   * client's onEnterRoom precedes what it hears about the room.
   */
  admit(client: SandboxClientPort, request: EntryRequest): RoomMember | SandboxFailure {
    const { requiredSdkAppId, secretKey, limits } = this.config;
    if (requiredSdkAppId !== undefined && request.sdkAppId !== requiredSdkAppId) {
      return new SandboxFailure(TXLiteAVError.ERR_SDK_APPID_INVALID, `sdkAppId ${request.sdkAppId} is not this app's (${requiredSdkAppId})`);
    }
    if (secretKey !== undefined) {
      const failure = verifyUserSig(secretKey, { ...request, nowMs: this.clock.now() });
      if (failure) return failure;
    }
    const key = roomKeyOf(request.roomId);
    const existing = this.rooms.get(key)?.members.get(request.userId);
    const replacing = existing && existing.client !== client ? existing : undefined;
    const current = this.rooms.get(key);
    const refusal = current && checkRoomAdmission(current, request, limits, replacing);
    if (refusal) return refusal;
    if (replacing) {
      replacing.client.post('onError', REPLACED_BY_NEWER_LOGIN, `${request.userId} entered ${describeRoom(request.roomId)} again from another client; this session was removed`);
      this.leave(replacing, DEPARTURES.replaced);
    }
    let room = this.rooms.get(key);
    if (!room) {
      room = new SandboxRoom(request.roomId, request.scene);
      this.rooms.set(key, room);
    }
    const member = new RoomMember(client, request.userId, effectiveRole(request.scene, request.role), room, this.clock.now());
    room.add(member);
    return member;
  }

  /** Takes a member out of its room, ending its cross-room links, and tells everyone concerned. */
  leave(member: RoomMember, departure: Departure): void {
    if (!member.inRoom) return;
    const room = member.room;
    const ended = this.endLinks(this.links.involving(member));
    room.remove(member);
    member.told.clear();
    if (departure.exitReason !== undefined) member.client.sessionEnded(departure.exitReason);
    // Without ended links only the leaver changed; ended links also take partners out of sight.
    this.sync([room, ...roomsOf(ended)], new Map([[member.userId, departure.leaveReason]]), ended.length ? undefined : { userId: member.userId });
    this.tellCallers(ended, member, departure.why);
    if (this.robots.onlyRobotsIn(room)) this.roomGone(room);
  }

  /** Dismisses a room: every member gets onExitRoom(2), its links end, PK partners' rooms see its anchors leave. */
  dismiss(room: SandboxRoom): void {
    const members = [...room.members.values()];
    const ended = this.endLinks([...new Set(members.flatMap((member) => this.links.involving(member)))]);
    room.clear();
    this.roomGone(room);
    for (const member of members) {
      member.told.clear();
      member.client.sessionEnded(ExitReason.Dismissed);
    }
    const reasons = new Map(members.map((member) => [member.userId, LeaveReason.Removed] as const));
    this.sync(roomsOf(ended).filter((other) => other !== room), reasons);
    this.tellCallers(ended, undefined, `left: ${describeRoom(room.roomId)} was dismissed`);
  }

  /** Why a member may not take a role, or undefined when it may. */
  checkRole(member: RoomMember, role: unknown): SandboxFailure | undefined {
    if (!isRole(role)) return new SandboxFailure(INVALID_ROLE, `switchRole: ${String(role)} is neither TRTCRoleAnchor nor TRTCRoleAudience`);
    if (!member.room.isLive) return new SandboxFailure(BAD_SCENE, 'switchRole applies only to TRTCAppSceneLIVE and TRTCAppSceneVoiceChatRoom');
    if (role === member.role || role === TRTCRoleType.TRTCRoleAudience) return undefined;
    return checkAnchorSeat(member.room, this.limits);
  }

  /** Gives a member a role (checked with checkRole); an audience member loses its cross-room links. */
  applyRole(member: RoomMember, role: TRTCRoleType): void {
    if (member.role === role) return;
    member.room.setRole(member, role);
    member.refreshSight();
    const ended = role === TRTCRoleType.TRTCRoleAudience ? this.endLinks(this.links.involving(member)) : [];
    this.sync([member.room, ...roomsOf(ended)], undefined, ended.length ? undefined : { userId: member.userId });
    this.tellCallers(ended, member, 'switched to audience');
  }

  /** The anchor a connectOtherRoom request reaches, or why not (the caller is known to be an anchor in a room). */
  checkConnect(caller: RoomMember, target: ConnectTarget): RoomMember | SandboxFailure {
    const { maxCrossRoomLinks } = this.limits;
    const where = describeRoom(target.roomId);
    if (roomKeyOf(target.roomId) === caller.room.key) {
      return new SandboxFailure(TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM, `connectOtherRoom: ${where} is your own room`);
    }
    const held = this.links.heldBy(caller);
    if (held) {
      return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM, `already connected to ${held.target.userId}; call disconnectOtherRoom first`);
    }
    if (this.links.touching(caller.room).length >= maxCrossRoomLinks) {
      return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM, `${describeRoom(caller.room.roomId)} already has ${maxCrossRoomLinks} cross-room links`);
    }
    const targetRoom = this.room(target.roomId);
    if (!targetRoom) return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST, `${where} does not exist`);
    const anchor = targetRoom.members.get(target.userId);
    if (!anchor?.isAnchor) {
      return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, `${target.userId} is not an anchor in ${where}`);
    }
    if (this.links.touching(targetRoom).length >= maxCrossRoomLinks) {
      return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_REACH_MAX_ROOM, `${where} already has ${maxCrossRoomLinks} cross-room links`);
    }
    return anchor;
  }

  /** Links two anchors across rooms: each room now sees the other's anchor. */
  link(caller: RoomMember, target: RoomMember): void {
    this.links.add(caller, target);
    this.sync([caller.room, target.room]);
  }

  /** The link a member may end with disconnectOtherRoom, or why none. */
  checkDisconnect(member: RoomMember): CrossRoomLink | SandboxFailure {
    const held = this.links.heldBy(member);
    if (held) return held;
    if (this.links.involving(member).length > 0) {
      return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_USER_NOT_CONNED, 'disconnectOtherRoom: this link was started by the other anchor');
    }
    return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED, 'disconnectOtherRoom: no cross-room link to end');
  }

  /** Ends a link: both rooms see the other anchor leave. */
  unlink(link: CrossRoomLink): void {
    this.endLinks([link]);
    this.sync([link.caller.room, link.target.room]);
  }

  /** A member just admitted: tell it who is there, and everyone who can see it that it came. */
  entered(member: RoomMember): void {
    member.refreshSight();
    if (member.inRoom) this.sync([member.room], undefined, { userId: member.userId, newcomer: member });
  }

  /** A member's capture changed: re-tell everyone who can see it (what it sees itself does not change). */
  publicationChanged(member: RoomMember): void {
    member.refreshSight();
    if (member.inRoom) this.sync([member.room], undefined, { userId: member.userId });
  }

  /**
   * Gives a member its room's one sub-stream seat (screen share), or says why not: another user of the room
   * holds it (ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO, -102016), or the member is not an anchor
   * (ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_SUB_VIDEO, -102015). Holding it already is fine.
   */
  claimSubStream(member: RoomMember): SandboxFailure | undefined {
    const room = member.room;
    if (!member.isAnchor) return new SandboxFailure(TXLiteAVError.ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_SUB_VIDEO, 'audience members do not publish a screen share: switchRole(TRTCRoleAnchor) first');
    const holder = room.subStreamHolder;
    if (holder && holder !== member) {
      return new SandboxFailure(
        TXLiteAVError.ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO,
        `${holder.userId} is already sharing a screen in ${describeRoom(room.roomId)}; only one user per room may share at a time`,
      );
    }
    room.subStreamHolder = member;
    return undefined;
  }

  /** Gives the sub-stream seat back when this member holds it (its share stopped). */
  releaseSubStream(member: RoomMember): void {
    if (member.room.subStreamHolder === member) member.room.subStreamHolder = undefined;
  }

  /** Members who may receive a member's media: its room, and the rooms it is linked to. */
  observersOf(member: RoomMember): RoomMember[] {
    const rooms = new Set([member.room, ...this.links.involving(member).map((link) => partnerSeenFrom(link, member.room).room)]);
    const observers: RoomMember[] = [];
    for (const room of rooms) for (const other of room.members.values()) if (other !== member) observers.push(other);
    return observers;
  }

  /** The publisher behind a userId as an observer sees it (own room first, then PK partners). */
  findVisible(observer: RoomMember, userId: string): RoomMember | undefined {
    return visibleAs(observer, userId, this.links.touching(observer.room));
  }

  /**
   * Re-tells every member of these rooms, and of rooms linked to them, what it can now see; `focus` says
   * which one user changed, when only one did (see syncRooms).
   */
  private sync(rooms: Iterable<SandboxRoom>, reasons: LeaveReasons = NO_REASONS, focus?: SyncFocus): void {
    syncRooms(rooms, this, reasons, focus);
  }

  /** A room with nobody left but robots: it and its publishing tasks (their robots too) end. */
  private roomGone(room: SandboxRoom): void {
    this.rooms.delete(room.key);
    room.clear();
    this.publishing.roomEnded(room.roomId);
  }

  private endLinks(links: CrossRoomLink[]): CrossRoomLink[] {
    for (const link of links) this.links.remove(link);
    return links;
  }

  /** Tells the callers of ended links, still in their rooms, that their PK is over. */
  private tellCallers(ended: CrossRoomLink[], cause: RoomMember | undefined, why: string): void {
    for (const { caller, target } of ended) {
      if (!caller.inRoom) continue;
      const message = caller === cause ? `cross-room link to ${target.userId} ended: ${why}` : `cross-room link to ${target.userId} ended: ${cause?.userId ?? target.userId} ${why}`;
      caller.client.post('onDisconnectOtherRoom', TXLiteAVError.ERR_NULL, message);
    }
  }
}

const NO_REASONS: LeaveReasons = new Map();

function roomsOf(links: CrossRoomLink[]): SandboxRoom[] {
  return links.flatMap((link) => [link.caller.room, link.target.room]);
}
