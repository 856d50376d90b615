import { createSelector } from '@ngrx/store';

import { selectEngineReady } from './selectors';
import { screenShareFeature } from './screen-share';
import type { ScreenSource } from './screen-share-models';
import { sessionFeature } from './session';

/** The sources the console offers to share: screens first, then windows, never the console's own windows. */
export const selectShareableSources = createSelector(screenShareFeature.selectSources, (sources): ScreenSource[] =>
  sources.filter((s) => !s.consoleWindow),
);

/** True while the local share runs or is being started, paused, resumed or stopped. */
export const selectLocalShareActive = createSelector(screenShareFeature.selectStatus, (status): boolean => status !== 'idle');

/** True while the local share has pictures to show (the preview's picture-in-picture): started and not yet stopping. */
export const selectLocalShareOnAir = createSelector(screenShareFeature.selectStatus, (status): boolean =>
  status === 'sharing' || status === 'pausing' || status === 'paused' || status === 'resuming',
);

/** The remote user sharing a screen now, if any: while one does, a share of one's own is refused (-102016). */
export const selectOtherSharer = createSelector(screenShareFeature.selectRemoteSharers, (sharers): string | null => sharers[0] ?? null);

/** True when the console can start a share now: in a room, the engine ready, nothing shared yet. */
export const selectCanStartShare = createSelector(
  sessionFeature.selectStatus,
  screenShareFeature.selectStatus,
  selectEngineReady,
  (session, share, ready): boolean => session === 'in-room' && share === 'idle' && ready,
);
