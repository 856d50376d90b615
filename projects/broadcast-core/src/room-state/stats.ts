import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { StatsSample } from './models';

/** Samples kept for the live plots: three minutes at the SDK's 2 s cadence. */
export const STATS_HISTORY_LENGTH = 90;

/** Live statistics: the latest sample and a bounded history for plots. */
export interface StatsState {
  history: StatsSample[];
}

/** Statistics slice. */
export const statsFeature = createFeature({
  name: 'stats',
  reducer: createReducer<StatsState>(
    { history: [] },
    on(EngineActions.statisticsUpdated, (s, { sample }): StatsState => ({
      history: [...s.history.slice(-(STATS_HISTORY_LENGTH - 1)), sample],
    })),
    on(ConsoleActions.enterRoomRequested, (): StatsState => ({ history: [] })),
  ),
  extraSelectors: ({ selectHistory }) => ({
    selectLatestStats: createSelector(selectHistory, (history) => history.at(-1) ?? null),
  }),
});
