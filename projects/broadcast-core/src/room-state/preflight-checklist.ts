import { createSelector } from '@ngrx/store';

import { audioMixFeature } from './audio-mix';
import { localMediaFeature } from './local-media';
import { preflightFeature } from './preflight';
import { cameraVerdict, micVerdict, networkVerdict, speakerVerdict, type Verdict } from './preflight-verdicts';

/** The items of the pre-flight checklist, in the order a host reads them. */
export type PreflightCheckId = 'network' | 'camera' | 'mic' | 'speaker';

/** One item of the checklist with how it came out. */
export interface PreflightCheck {
  id: PreflightCheckId;
  verdict: Verdict;
}

/** How the pre-flight stands as a whole: not run, some check still under way, or the worst of its results. */
export type PreflightOutcome = 'not-run' | 'pending' | 'pass' | 'warn' | 'fail';

/** What the checklist's verdicts are computed from (the tests, the encoder the uplink must carry, the audio mix). */
export const selectPreflightInputs = createSelector(
  preflightFeature.selectPreflightState,
  localMediaFeature.selectEncoder,
  audioMixFeature.selectAudioMixState,
  (preflight, encoder, mix) => ({ preflight, encoder, mix }),
);

/** Every check's verdict at `now` (the mic check turns to a failure after five silent seconds). */
export function preflightChecks({ preflight, encoder, mix }: ReturnType<typeof selectPreflightInputs>, now: number): PreflightCheck[] {
  return [
    { id: 'network', verdict: networkVerdict(preflight.speedTest, encoder, mix.quality) },
    { id: 'camera', verdict: cameraVerdict(preflight.cameraTest) },
    { id: 'mic', verdict: micVerdict(preflight.micTest, mix, now) },
    { id: 'speaker', verdict: speakerVerdict(preflight.speakerTest, mix) },
  ];
}

const RANK: Record<'pass' | 'warn' | 'fail', number> = { pass: 0, warn: 1, fail: 2 };

/** The pre-flight as one result: `not-run` when no check ran, `pending` while one is under way, else the worst result of those run. */
export function preflightOutcome(checks: readonly PreflightCheck[]): PreflightOutcome {
  const levels = checks.map((c) => c.verdict.level);
  if (levels.includes('pending')) return 'pending';
  const results = levels.filter((level): level is 'pass' | 'warn' | 'fail' => level !== 'not-run');
  if (results.length === 0) return 'not-run';
  return results.reduce((worst, level) => (RANK[level] > RANK[worst] ? level : worst), 'pass' as 'pass' | 'warn' | 'fail');
}
