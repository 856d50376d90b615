import type { TRTCEvent } from '../engine/contract';
import type { RemoteState } from './room-member';
import { LeaveReason } from './sdk-reasons';

/** What a member can see of a remote user now: what it publishes, or undefined when the user is out of sight. */
export type Sight = RemoteState | undefined;

/** The four things a client can be told a user publishes, shared: 200 clients that know 200 users hold no 40,000 objects. */
const SIGHTS: readonly RemoteState[] = [
  Object.freeze({ video: false, audio: false }),
  Object.freeze({ video: false, audio: true }),
  Object.freeze({ video: true, audio: false }),
  Object.freeze({ video: true, audio: true }),
];

/** The shared, frozen RemoteState for what a user publishes. */
export function presenceSight(video: boolean, audio: boolean): RemoteState {
  return SIGHTS[(video ? 2 : 0) + (audio ? 1 : 0)];
}

/**
 * The SDK callbacks that take a client from what it was told of a user (`told`) to what it can see (`now`):
 * out of sight, availability to 0 as told, then onRemoteUserLeaveRoom(reason); in sight, onRemoteUserEnterRoom
 * if new, then whatever availability changed (video before audio). Appended to `news` when given.
 */
export function presenceNews(userId: string, told: Sight, now: Sight, reason: LeaveReason = LeaveReason.Left, news: TRTCEvent[] = []): TRTCEvent[] {
  if (!now) {
    if (!told) return news;
    if (told.video) news.push({ name: 'onUserVideoAvailable', args: [userId, 0] });
    if (told.audio) news.push({ name: 'onUserAudioAvailable', args: [userId, 0] });
    news.push({ name: 'onRemoteUserLeaveRoom', args: [userId, reason] });
    return news;
  }
  if (!told) news.push({ name: 'onRemoteUserEnterRoom', args: [userId] });
  if ((told?.video ?? false) !== now.video) news.push({ name: 'onUserVideoAvailable', args: [userId, now.video ? 1 : 0] });
  if ((told?.audio ?? false) !== now.audio) news.push({ name: 'onUserAudioAvailable', args: [userId, now.audio ? 1 : 0] });
  return news;
}

/** 0 for out of sight, 1-4 for in sight by video and audio: a key for news that many members share. */
export function sightCode(sight: Sight): number {
  return sight ? 1 + (sight.video ? 2 : 0) + (sight.audio ? 1 : 0) : 0;
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
    const key = sightCode(told) * 5 + sightCode(now);
    return (this.lists[key] ??= presenceNews(this.userId, told, now, this.reason));
  }
}
