import type { TRTCEvent } from '../../engine/contract';
import type { RemoteState } from './room-member';
import { LeaveReason } from '../common/sdk-reasons';

/** What a member can see of a remote user now: what it publishes, or undefined when the user is out of sight. */
export type Sight = RemoteState | undefined;

/**
 * The eight things a client can be told a user publishes (camera, microphone, screen share), shared: 200
 * clients that know 200 users hold no 40,000 objects. Indexed by sightIndex.
 */
const SIGHTS: readonly RemoteState[] = Array.from({ length: 8 }, (_, i) => Object.freeze({ video: (i & 4) !== 0, audio: (i & 2) !== 0, sub: (i & 1) !== 0 }));

function sightIndex(video: boolean, audio: boolean, sub: boolean): number {
  return (video ? 4 : 0) + (audio ? 2 : 0) + (sub ? 1 : 0);
}

/** The shared, frozen RemoteState for what a user publishes; `sub` is its screen share (the sub stream). */
export function presenceSight(video: boolean, audio: boolean, sub = false): RemoteState {
  return SIGHTS[sightIndex(video, audio, sub)];
}

/**
 * The SDK callbacks that take a client from what it was told of a user (`told`) to what it can see (`now`):
 * out of sight, availability to 0 as told, then onRemoteUserLeaveRoom(reason); in sight, onRemoteUserEnterRoom
 * if new, then whatever availability changed (video, then audio, then the sub stream). Appended to `news` when given.
 */
export function presenceNews(userId: string, told: Sight, now: Sight, reason: LeaveReason = LeaveReason.Left, news: TRTCEvent[] = []): TRTCEvent[] {
  if (!now) {
    if (!told) return news;
    if (told.video) news.push({ name: 'onUserVideoAvailable', args: [userId, 0] });
    if (told.audio) news.push({ name: 'onUserAudioAvailable', args: [userId, 0] });
    if (told.sub) news.push({ name: 'onUserSubStreamAvailable', args: [userId, 0] });
    news.push({ name: 'onRemoteUserLeaveRoom', args: [userId, reason] });
    return news;
  }
  if (!told) news.push({ name: 'onRemoteUserEnterRoom', args: [userId] });
  if ((told?.video ?? false) !== now.video) news.push({ name: 'onUserVideoAvailable', args: [userId, now.video ? 1 : 0] });
  if ((told?.audio ?? false) !== now.audio) news.push({ name: 'onUserAudioAvailable', args: [userId, now.audio ? 1 : 0] });
  if ((told?.sub ?? false) !== now.sub) news.push({ name: 'onUserSubStreamAvailable', args: [userId, now.sub ? 1 : 0] });
  return news;
}

/** Codes sightCode gives: out of sight, and the eight sights. */
const SIGHT_CODES = 9;

/** 0 for out of sight, 1-8 for in sight by video, audio and sub stream: a key for news that many members share. */
export function sightCode(sight: Sight): number {
  return sight ? 1 + sightIndex(sight.video, sight.audio, sight.sub) : 0;
}

/**
 * News about one user for many members at once: members that were told the same and see the same get the same
 * (immutable) list, built once, so telling a 200-member room of a join builds 3 callbacks, not 600.
 */
export class SharedNews {
  private readonly lists: (TRTCEvent[] | undefined)[] = [];

  constructor(
    private readonly userId: string,
    private readonly reason: LeaveReason | undefined,
  ) {}

  /** The callbacks from `told` to `now`. */
  get(told: Sight, now: Sight): readonly TRTCEvent[] {
    const key = sightCode(told) * SIGHT_CODES + sightCode(now);
    return (this.lists[key] ??= presenceNews(this.userId, told, now, this.reason));
  }
}
