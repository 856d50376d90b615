import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { preflightChecks, preflightOutcome, selectPreflightInputs, type PreflightCheck } from './preflight-checklist';
import { initialPreflight, type PreflightState } from './preflight';
import { MIC_SILENT_MS } from './preflight-verdicts';
import { initialRoomState } from './room-state';

const fast = { quality: TRTCQuality.TRTCQuality_Excellent, upLostRate: 0, downLostRate: 0, rtt: 40, availableUpBandwidth: 8000, availableDownBandwidth: 20000 };
const slow = { ...fast, availableUpBandwidth: 300 };

function checksOf(preflight: Partial<PreflightState>, now = 1000): PreflightCheck[] {
  const state = initialRoomState();
  return preflightChecks(selectPreflightInputs({ ...state, preflight: { ...initialPreflight, ...preflight } }), now);
}

const allPassing: Partial<PreflightState> = {
  speedTest: { status: 'measured', expectedUpKbps: 1800, best: fast, error: null },
  micTest: { running: true, startedAt: 0, level: 30, loudest: 42, playback: false },
  speakerTest: { running: true, startedAt: 0, level: 50, loudest: 60, error: null },
  cameraTest: { running: true, startedAt: 0, firstFrame: { width: 1280, height: 720 }, error: null },
};

describe('the pre-flight checklist', () => {
  it('lists network, camera, microphone and speaker, in that order, none run at first', () => {
    const checks = checksOf({});
    expect(checks.map((c) => c.id)).toEqual(['network', 'camera', 'mic', 'speaker']);
    expect(checks.every((c) => c.verdict.level === 'not-run')).toBe(true);
    expect(preflightOutcome(checks)).toBe('not-run');
  });

  it('is pending while any check is under way, and passes once every one passed', () => {
    expect(preflightOutcome(checksOf({ ...allPassing, cameraTest: { running: true, startedAt: 0, firstFrame: null, error: null } }))).toBe('pending');
    expect(preflightOutcome(checksOf({ ...allPassing, speedTest: { status: 'running', expectedUpKbps: 1800, best: null, error: null } }))).toBe('pending');
    expect(preflightOutcome(checksOf(allPassing))).toBe('pass');
  });

  it('takes the worst result of the checks that ran, leaving out those not run', () => {
    expect(preflightOutcome(checksOf({ speedTest: allPassing.speedTest }))).toBe('pass');
    const muted = checksOf(allPassing);
    muted[3] = { id: 'speaker', verdict: { level: 'warn', key: 'speaker.muted', params: {} } };
    expect(preflightOutcome(muted)).toBe('warn');
    expect(preflightOutcome(checksOf({ ...allPassing, speedTest: { status: 'measured', expectedUpKbps: 1800, best: slow, error: null } }))).toBe('fail');
  });

  it('turns a silent microphone into a failure once it has been silent long enough', () => {
    const silent: Partial<PreflightState> = { ...allPassing, micTest: { running: true, startedAt: 0, level: 0, loudest: 0, playback: false } };
    expect(preflightOutcome(checksOf(silent, MIC_SILENT_MS - 1))).toBe('pending');
    const later = checksOf(silent, MIC_SILENT_MS);
    expect(later.find((c) => c.id === 'mic')?.verdict.key).toBe('mic.silent');
    expect(preflightOutcome(later)).toBe('fail');
  });
});
