import fc from 'fast-check';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { CrossRoomLinks, partnerSeenFrom, type CrossRoomLink } from './cross-room-links';
import { syncRooms, type LeaveReasons, type SyncFocus } from './presence-sync';
import { RoomMember } from './room-member';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { SandboxRoom } from './sandbox-room';
import { LeaveReason } from '../common/sdk-reasons';
import { ViewedUsers } from './viewed-users';

const ANCHOR = TRTCRoleType.TRTCRoleAnchor;
const AUDIENCE = TRTCRoleType.TRTCRoleAudience;
/** Few names over few rooms, so that the same userId often sits in two rooms joined by a PK link. */
const USER_IDS = ['ann', 'bob', 'cat', 'dan', 'eve'];
const ROOMS = 3;
const VIEWED = ['bob', 'eve'];

/** Who a member should know about, as the old sync computed it: own room's anchors, then linked partners not yet seen. */
function visibleTo(member: RoomMember, links: CrossRoomLinks): Map<string, RoomMember> {
  const visible = new Map<string, RoomMember>();
  for (const other of member.room.members.values()) {
    if (other !== member && other.isAnchor) visible.set(other.userId, other);
  }
  for (const link of links.touching(member.room)) {
    const partner = partnerSeenFrom(link, member.room);
    if (partner !== member && !visible.has(partner.userId)) visible.set(partner.userId, partner);
  }
  return visible;
}

/**
 * The sync as it was before it learnt to focus: every member of the affected rooms diffed against the whole
 * room, one callback at a time. The reference the focused sync must match callback for callback.
 */
function referenceSync(rooms: SandboxRoom[], links: CrossRoomLinks, reasons: LeaveReasons): void {
  const affected = new Set<SandboxRoom>();
  for (const room of rooms) {
    affected.add(room);
    for (const link of links.touching(room)) affected.add(partnerSeenFrom(link, room).room);
  }
  for (const room of affected) {
    for (const member of room.members.values()) {
      const visible = visibleTo(member, links);
      const { client, told } = member;
      for (const [userId, state] of told) {
        if (visible.has(userId)) continue;
        if (state.video) client.post('onUserVideoAvailable', userId, 0);
        if (state.audio) client.post('onUserAudioAvailable', userId, 0);
        client.post('onRemoteUserLeaveRoom', userId, reasons.get(userId) ?? LeaveReason.Left);
        told.delete(userId);
        client.remoteVideoStopped(userId, true);
      }
      for (const [userId, other] of visible) {
        let state = told.get(userId) as { video: boolean; audio: boolean; sub: boolean } | undefined;
        if (!state) {
          client.post('onRemoteUserEnterRoom', userId);
          state = { video: false, audio: false, sub: false }; // nobody in this world shares a screen
          told.set(userId, state);
        }
        const video = other.publishesVideo();
        const audio = other.publishesAudio();
        if (state.video !== video) {
          state.video = video;
          client.post('onUserVideoAvailable', userId, video ? 1 : 0);
          if (!video) client.remoteVideoStopped(userId, false);
        }
        if (state.audio !== audio) {
          state.audio = audio;
          client.post('onUserAudioAvailable', userId, audio ? 1 : 0);
        }
      }
    }
  }
}

/** Rooms, members and links with fake clients that log what they are told; built twice, synced two ways. */
class World {
  readonly rooms = Array.from({ length: ROOMS }, (_, i) => new SandboxRoom(i + 1, TRTCAppScene.TRTCAppSceneLIVE));
  readonly links = new CrossRoomLinks();
  readonly viewed = new ViewedUsers();
  /**
   * Every member ever made, by creation order: the callbacks its client was posted, the views it was told to stop
   * (at once, not posted: apart, since only their own order matters), and what its client publishes.
   */
  readonly members: { member: RoomMember; log: string[]; stops: string[]; sends: { video: boolean; audio: boolean } }[] = [];

  constructor(private readonly reference: boolean) {
    for (const userId of VIEWED) this.viewed.add(userId);
  }

  /** Present members, in creation order. */
  present(): RoomMember[] {
    return this.members.map((m) => m.member).filter((m) => m.inRoom);
  }

  add(room: number, userId: string, anchor: boolean, video: boolean, audio: boolean): RoomMember | undefined {
    const target = this.rooms[room];
    if (target.members.has(userId)) return undefined;
    const log: string[] = [];
    const stops: string[] = [];
    const sends = { video, audio };
    const show = (name: string, args: readonly unknown[]) => log.push(`${name}(${args.join(',')})`);
    const client = {
      post: (name: string, ...args: unknown[]) => show(name, args),
      callbacks: { postAll: (events: readonly { name: string; args: readonly unknown[] }[]) => events.forEach((e) => show(e.name, e.args)) },
      sendsVideo: () => sends.video,
      sendsAudio: () => sends.audio,
      sendsSubStream: () => false,
      // A user nobody views has no view to stop: the call changes nothing, so only calls about viewed users are logged.
      remoteVideoStopped: (id: string, gone: boolean) => (VIEWED.includes(id) ? stops.push(`${id},${gone}`) : undefined),
    } as unknown as SandboxClientPort;
    const member = new RoomMember(client, userId, anchor ? ANCHOR : AUDIENCE, target, 0);
    target.add(member);
    this.members.push({ member, log, stops, sends });
    return member;
  }

  /** A sync as the server runs it: focused, or in full; the reference world always syncs in full, the old way. */
  sync(rooms: SandboxRoom[], reasons: LeaveReasons, focus?: SyncFocus): void {
    if (this.reference) referenceSync(rooms, this.links, reasons);
    else syncRooms(rooms, this, reasons, focus);
  }

  /** Each client's log, and each present member's told entries in their order. */
  snapshot(): unknown {
    return {
      logs: this.members.map((m) => m.log),
      stops: this.members.map((m) => m.stops),
      told: this.present().map((m) => [m.userId, [...m.told.entries()]]),
    };
  }
}

type Op =
  | { kind: 'join'; room: number; user: number; anchor: boolean; video: boolean; audio: boolean }
  | { kind: 'publish'; pick: number; video: boolean; audio: boolean }
  | { kind: 'role'; pick: number }
  | { kind: 'leave'; pick: number; removed: boolean }
  | { kind: 'link'; caller: number; target: number }
  | { kind: 'unlink'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('join' as const), room: fc.nat(ROOMS - 1), user: fc.nat(USER_IDS.length - 1), anchor: fc.boolean(), video: fc.boolean(), audio: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('publish' as const), pick: fc.nat(), video: fc.boolean(), audio: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('role' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('leave' as const), pick: fc.nat(), removed: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('link' as const), caller: fc.nat(), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unlink' as const), pick: fc.nat() }) },
);

const NO_REASONS: LeaveReasons = new Map();

/** Applies one operation the way SandboxServer does: a focused sync when one user changed, a full one otherwise. */
function apply(world: World, o: Op): void {
  const present = world.present();
  const pick = (n: number) => present[n % present.length];
  const endLinks = (member: RoomMember): CrossRoomLink[] => {
    const ended = world.links.involving(member);
    for (const link of ended) world.links.remove(link);
    return ended;
  };
  const roomsOf = (links: CrossRoomLink[]) => links.flatMap((l) => [l.caller.room, l.target.room]);
  switch (o.kind) {
    case 'join': {
      const member = world.add(o.room, USER_IDS[o.user], o.anchor, o.video, o.audio);
      if (member) world.sync([member.room], NO_REASONS, { userId: member.userId, newcomer: member });
      return;
    }
    case 'publish': {
      if (!present.length) return;
      const member = pick(o.pick);
      const entry = world.members.find((m) => m.member === member);
      if (entry) entry.sends = Object.assign(entry.sends, { video: o.video, audio: o.audio });
      member.refreshSight(); // as SandboxServer.publicationChanged does
      world.sync([member.room], NO_REASONS, { userId: member.userId });
      return;
    }
    case 'role': {
      if (!present.length) return;
      const member = pick(o.pick);
      const role = member.isAnchor ? AUDIENCE : ANCHOR;
      member.room.setRole(member, role);
      member.refreshSight(); // as SandboxServer.applyRole does
      const ended = role === AUDIENCE ? endLinks(member) : [];
      world.sync([member.room, ...roomsOf(ended)], NO_REASONS, ended.length ? undefined : { userId: member.userId });
      return;
    }
    case 'leave': {
      if (!present.length) return;
      const member = pick(o.pick);
      const ended = endLinks(member);
      member.room.remove(member);
      member.told.clear();
      const reasons = new Map([[member.userId, o.removed ? LeaveReason.Removed : LeaveReason.Left]]);
      world.sync([member.room, ...roomsOf(ended)], reasons, ended.length ? undefined : { userId: member.userId });
      return;
    }
    case 'link': {
      const anchors = present.filter((m) => m.isAnchor);
      if (anchors.length < 2) return;
      const caller = anchors[o.caller % anchors.length];
      const target = anchors[o.target % anchors.length];
      if (caller.room === target.room || world.links.heldBy(caller)) return;
      world.links.add(caller, target);
      world.sync([caller.room, target.room], NO_REASONS);
      return;
    }
    case 'unlink': {
      const all = world.links.all();
      if (!all.length) return;
      const link = all[o.pick % all.length];
      world.links.remove(link);
      world.sync([link.caller.room, link.target.room], NO_REASONS);
      return;
    }
  }
}

describe('syncRooms', () => {
  it('tells every client exactly what the old whole-room sync told it, in the same order, and remembers the same', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const reference = new World(true);
        const focused = new World(false);
        for (const o of ops) {
          apply(reference, o);
          apply(focused, o);
          expect(focused.snapshot()).toEqual(reference.snapshot());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shares one list of callbacks among members told the same', () => {
    const world = new World(false);
    for (const userId of ['ann', 'bob', 'cat']) world.add(0, userId, true, true, true);
    world.sync(world.rooms, NO_REASONS);
    const shared: unknown[] = [];
    for (const m of world.members) {
      (m.member.callbacks as { postAll: unknown }).postAll = (events: unknown) => shared.push(events);
    }
    const dan = world.add(0, 'dan', true, true, false) as RoomMember;
    world.sync([dan.room], NO_REASONS, { userId: 'dan', newcomer: dan });
    expect(shared).toHaveLength(3);
    expect(shared[0]).toBe(shared[1]);
    expect(shared[0]).toBe(shared[2]);
    expect(shared[0]).toEqual([
      { name: 'onRemoteUserEnterRoom', args: ['dan'] },
      { name: 'onUserVideoAvailable', args: ['dan', 1] },
    ]);
  });
});
