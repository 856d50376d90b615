import { createSelector } from '@ngrx/store';

import { publishingFeature } from './publishing';
import type { CdnStreamStatus, CdnUrlState } from './publishing-models';
import { selectEngineReady } from './selectors';
import { sessionFeature } from './session';

/** How bad each push status is, healthiest first: pushing, idle, stopping, connecting, recovering, failed. */
const BADNESS: Record<CdnStreamStatus, number> = { 2: 0, 0: 1, 5: 2, 1: 3, 3: 4, 4: 5 };

/** The worst of some URLs' statuses, with the URL it belongs to; null for none. */
export function worstCdnUrl(urls: CdnUrlState[]): CdnUrlState | null {
  return urls.reduce<CdnUrlState | null>((worst, u) => (worst === null || BADNESS[u.status] > BADNESS[worst.status] ? u : worst), null);
}

/** LIVE (CDN): some URL of the task is pushing. */
export const selectCdnLive = createSelector(publishingFeature.selectUrls, (urls): boolean => urls.some((u) => u.status === 2));

/** The URL in the worst state (failed before recovering before connecting…), or null without a task. */
export const selectWorstCdnUrl = createSelector(publishingFeature.selectUrls, worstCdnUrl);

/** True while a task exists or is being started (anything but idle). */
export const selectPublishingActive = createSelector(publishingFeature.selectStatus, (status): boolean => status !== 'idle');

/** True when the console can start a CDN task now: in a room, the engine ready, no task. */
export const selectCanStartPublishing = createSelector(
  sessionFeature.selectStatus,
  publishingFeature.selectStatus,
  selectEngineReady,
  (session, publishing, ready): boolean => session === 'in-room' && publishing === 'idle' && ready,
);

/** When the running CDN task started (the time on air on the CDN counts from it); null without a task. */
export const selectPublishingStartedAt = createSelector(publishingFeature.selectStatus, publishingFeature.selectStartedAt, (status, startedAt): number | null =>
  status === 'idle' ? null : startedAt,
);
