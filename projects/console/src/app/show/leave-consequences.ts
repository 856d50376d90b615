import { createSelector } from '@ngrx/store';

import { pkFeature, publishingFeature, type PkState, type PublishingStatus } from '@broadcast-core/room-state';

import type { Consequence } from '../confirm/consequence';

/**
 * What leaving the room now would end, in words to confirm: the PK when one runs or connects, and the CDN
 * stream while a task runs (leaving stops it first, so its viewers lose the picture).
 */
export function leaveConsequences(pk: PkState, publishing: PublishingStatus = 'idle'): Consequence[] {
  const consequences: Consequence[] = [];
  if (pk.status === 'connected' || pk.status === 'connecting') {
    const room = pk.target === null ? '—' : 'roomId' in pk.target ? pk.target.roomId : pk.target.strRoomId;
    consequences.push({ key: 'confirm.endsPk', params: { user: pk.targetUserId ?? '—', room } });
  }
  if (publishing !== 'idle' && publishing !== 'stopping') consequences.push({ key: 'confirm.stopsCdn' });
  return consequences;
}

/** The consequences of leaving now; empty when leaving harms nothing, so no question is asked. */
export const selectLeaveConsequences = createSelector(pkFeature.selectPkState, publishingFeature.selectStatus, leaveConsequences);
