import { effectiveShape, sameShape, type RoomState } from '@broadcast-core/room-state';

import type { CommandPlan } from './plan-helpers';
import { updatePlan } from './publishing-plan';

const pkOn = (s: RoomState) => s.pk.status === 'connected';

/** A start or update was just answered with success: the task runs what it asked for, which may be behind the room by now. */
const justTook = (before: RoomState, after: RoomState) =>
  after.publishing.status === 'live' && after.publishing.lastError === null && (before.publishing.status === 'starting' || before.publishing.status === 'updating');

/**
 * The broker's reaction to the room changing under a running CDN task. When a PK starts or ends the task switches
 * between relay and mix (and to the side-by-side layout and back), and when someone's camera comes or goes a
 * preset that shows them is laid out again: always with updatePublishMediaStream on the same taskId and URLs, so
 * the CDN stream never breaks. Also run when a start or update succeeds, to catch up with a change meanwhile; a
 * refused update is not tried again until the room changes, so a cloud that keeps refusing is not asked in a loop.
 * Null when nothing needs to change; pure, so specs call it with two states.
 */
export function publishingFollowsRoom(before: RoomState, after: RoomState, at: number): CommandPlan | null {
  const changed = pkOn(before) !== pkOn(after) || before.remoteUsers !== after.remoteUsers || justTook(before, after);
  if (!changed) return null;
  const { status, chosen, encoder, shape } = after.publishing;
  if (status !== 'live' || !chosen || !encoder || !shape) return null;
  const wanted = effectiveShape(chosen, after, encoder);
  return sameShape(wanted, shape) ? null : updatePlan(after, wanted, null, at);
}
