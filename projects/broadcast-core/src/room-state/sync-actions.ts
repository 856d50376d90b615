import { createActionGroup, props } from '@ngrx/store';

import type { RoomState } from './room-state';

/** Window-side replication events; they never reach the broker. */
export const SyncActions = createActionGroup({
  source: 'Sync',
  events: {
    /** A fresh snapshot replaced the window's shared slices. */
    'Snapshot Loaded': props<{ seq: number; state: RoomState }>(),
  },
});
