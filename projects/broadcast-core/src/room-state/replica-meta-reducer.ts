import type { ActionReducer } from '@ngrx/store';

import { SyncActions } from './sync-actions';

/**
 * Lets a window store take a broker snapshot: on Snapshot Loaded the shared slices
 * are replaced wholesale, and window-local slices are kept.
 */
export function replicaMetaReducer<S extends object>(reducer: ActionReducer<S>): ActionReducer<S> {
  return (state, action) => {
    if (action.type === SyncActions.snapshotLoaded.type) {
      const { state: shared } = action as ReturnType<typeof SyncActions.snapshotLoaded>;
      return reducer({ ...(state as S), ...shared } as S, action);
    }
    return reducer(state, action);
  };
}
