import { effectiveShape, sameShape, type RoomState } from '@broadcast-core/room-state';

import type { CommandPlan } from './plan-helpers';
import { updatePlan } from './publishing-plan';

const pkOn = (s: RoomState) => s.pk.status === 'connected';

/** A start or update was just answered: the task runs what it asked for, which may be behind the room by now. */
const justSettled = (before: RoomState, after: RoomState) =>
  after.publishing.status === 'live' && (before.publishing.status === 'starting' || before.publishing.status === 'updating');

/**
 * The broker's reaction to a PK starting or ending while a CDN task runs: the task switches between relay and
 * mix (and to the side-by-side layout and back) with updatePublishMediaStream, keeping its taskId and URLs, so
 * the CDN stream never breaks. Also run when a start or update settles, so a PK that began meanwhile is caught
 * up with. Null when nothing needs to change; pure, so specs call it with two states.
 */
export function publishingFollowsPk(before: RoomState, after: RoomState, at: number): CommandPlan | null {
  if (pkOn(before) === pkOn(after) && !justSettled(before, after)) return null;
  const { status, chosen, encoder, shape } = after.publishing;
  if (status !== 'live' || !chosen || !encoder || !shape) return null;
  const wanted = effectiveShape(chosen, after, encoder);
  return sameShape(wanted, shape) ? null : updatePlan(after, wanted, null, at);
}
