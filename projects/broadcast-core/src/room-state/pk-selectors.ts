import { createSelector } from '@ngrx/store';

import { pkFeature } from './pk';

/** When the PK connected (ms since the epoch), while it is connected; null otherwise. Windows tick the elapsed time from it. */
export const selectPkStartedAt = createSelector(pkFeature.selectStatus, pkFeature.selectStartedAt, (status, startedAt): number | null =>
  status === 'connected' ? startedAt : null,
);
