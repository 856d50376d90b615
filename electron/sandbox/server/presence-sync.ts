import type { TRTCEvent } from '../../engine/contract';
import { partnerSeenFrom, type CrossRoomLink, type CrossRoomLinks } from './cross-room-links';
import { presenceNews, SharedNews, type Sight } from './presence-news';
import type { RemoteState, RoomMember } from './room-member';
import type { SandboxRoom } from './sandbox-room';
import type { LeaveReason } from '../common/sdk-reasons';
import type { ViewedUsers } from './viewed-users';

/** Leave reasons by userId for one sync; users not listed left normally (0). */
export type LeaveReasons = ReadonlyMap<string, LeaveReason>;

/**
 * What one sync is known to change: only what members see of `userId`, plus, for a `newcomer`, everything it
 * sees (its client was told nothing yet). Without a focus, every member is diffed against the whole room.
 */
export interface SyncFocus {
  userId: string;
  newcomer?: RoomMember;
}

/** The server's state a sync reads besides the rooms. */
export interface PresenceContext {
  links: CrossRoomLinks;
  /** Who some client views: a user nobody views has no view to stop. */
  viewed: ViewedUsers;
}

/**
 * Who a member sees as `userId`: an anchor of its own room (everyone in call scenes) first, else, through a
 * cross-room link touching its room, the first linked partner of that name. `touching` = links.touching(member.room).
 */
export function visibleAs(member: RoomMember, userId: string, touching: readonly CrossRoomLink[]): RoomMember | undefined {
  const local = member.room.members.get(userId);
  if (local && local !== member && local.isAnchor) return local;
  for (const link of touching) {
    const partner = partnerSeenFrom(link, member.room);
    if (partner.userId === userId && partner !== member) return partner;
  }
  return undefined;
}

/**
 * Brings what a member's client was told in line with the room as it is, posting one SDK callback per
 * difference. Leavers first (availability to 0, then onRemoteUserLeaveRoom), then changes, then
 * arrivals (onRemoteUserEnterRoom, then availability to 1), own room's anchors in room order before linked
 * partners. Diffing instead of emitting per operation keeps every transition (mute, role switch, PK, kick)
 * reported exactly once and in a sane order.
 */
export function syncMember(member: RoomMember, context: PresenceContext, reasons: LeaveReasons): void {
  const touching = context.links.touching(member.room);
  const news: TRTCEvent[] = [];
  for (const userId of member.told.keys()) {
    if (!visibleAs(member, userId, touching)) tell(member, userId, undefined, context, reasons, news);
  }
  for (const other of member.room.members.values()) {
    if (other !== member && other.isAnchor) tell(member, other.userId, other.sight, context, reasons, news);
  }
  // A partner is seen unless someone of its name already is (an anchor of the room, or a partner of an earlier link).
  for (const link of touching) {
    const partner = partnerSeenFrom(link, member.room);
    if (visibleAs(member, partner.userId, touching) === partner) tell(member, partner.userId, partner.sight, context, reasons, news);
  }
  if (news.length > 0) member.callbacks.postAll(news);
}

/** One user's difference for syncMember: its callbacks appended to `news`, what was told recorded. */
function tell(member: RoomMember, userId: string, now: Sight, context: PresenceContext, reasons: LeaveReasons, news: TRTCEvent[]): void {
  const told = member.told.get(userId);
  presenceNews(userId, told, now, reasons.get(userId), news);
  record(member, userId, told, now, context.viewed.has(userId));
}

/**
 * Syncs every member of these rooms and of rooms linked to them, in room and then member order. With a focus,
 * each member is diffed for that one user only (the newcomer in full): the rest already matches, since every
 * change to the rooms is synced as it happens, so a 200-member room costs 200 small diffs, not 200 x 200, and
 * members told the same share one list of callbacks.
 */
export function syncRooms(rooms: Iterable<SandboxRoom>, context: PresenceContext, reasons: LeaveReasons, focus?: SyncFocus): void {
  const { links } = context;
  const affected = new Set<SandboxRoom>();
  for (const room of rooms) {
    affected.add(room);
    for (const link of links.touching(room)) affected.add(partnerSeenFrom(link, room).room);
  }
  if (!focus) {
    for (const room of affected) for (const member of room.members.values()) syncMember(member, context, reasons);
    return;
  }
  const { userId, newcomer } = focus;
  const shared = new SharedNews(userId, reasons.get(userId));
  const viewed = context.viewed.has(userId);
  for (const room of affected) {
    const touching = links.touching(room);
    for (const member of room.members.values()) {
      if (member === newcomer) {
        syncMember(member, context, reasons);
        continue;
      }
      const other = visibleAs(member, userId, touching);
      const told = member.told.get(userId);
      if (!other && !told) continue;
      const sight = other?.sight;
      const news = shared.get(told, sight);
      record(member, userId, told, sight, viewed);
      if (news.length > 0) member.callbacks.postAll(news);
    }
  }
}

/**
 * Remembers what a member's client is now told of a user; its view of the user's video stops as the SDK's does
 * (`viewed`: some client views the user; when none does, there is no view to stop).
 */
function record(member: RoomMember, userId: string, told: RemoteState | undefined, now: Sight, viewed: boolean): void {
  if (!now) {
    if (told && member.told.delete(userId) && viewed) member.client.remoteVideoStopped(userId, true);
    return;
  }
  if (told !== now) member.told.set(userId, now); // `now` is shared and frozen: a changed user's entry is replaced, in place
  if (told?.video && !now.video && viewed) member.client.remoteVideoStopped(userId, false);
  if (told?.sub && !now.sub && viewed) member.client.remoteSubStreamStopped(userId);
}
