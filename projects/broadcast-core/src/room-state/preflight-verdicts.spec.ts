import { TRTCAudioQuality, TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { initialAudioMix } from './audio-mix';
import { DEFAULT_ENCODER } from './local-media';
import type { SpeedTestFigures } from './models';
import { initialPreflight, type SpeedTestState } from './preflight';
import { MIC_SILENT_MS, cameraVerdict, micVerdict, networkVerdict, neededUplinkKbps, speakerVerdict } from './preflight-verdicts';

const DEFAULT_QUALITY = TRTCAudioQuality.TRTCAudioQualityDefault;
const healthy: SpeedTestFigures = { quality: TRTCQuality.TRTCQuality_Excellent, upLostRate: 0.01, downLostRate: 0, rtt: 40, availableUpBandwidth: 6000, availableDownBandwidth: 15000 };
const measured = (best: Partial<SpeedTestFigures>): SpeedTestState => ({ status: 'measured', expectedUpKbps: 800, best: { ...healthy, ...best }, error: null });
const encoder720 = { ...DEFAULT_ENCODER, videoBitrate: 1400 };

describe('pre-flight verdicts', () => {
  it('needs the video and audio bitrates with a quarter of headroom, in 100 kbps steps', () => {
    expect(neededUplinkKbps(DEFAULT_ENCODER, DEFAULT_QUALITY)).toBe(800); // (550 + 50) * 1.25 = 750
    expect(neededUplinkKbps(encoder720, TRTCAudioQuality.TRTCAudioQualityMusic)).toBe(2000); // (1400 + 128) * 1.25 = 1910, rounded up
  });

  it('fails an uplink below what the encoder needs, naming both figures', () => {
    expect(networkVerdict(measured({ availableUpBandwidth: 1200 }), encoder720, DEFAULT_QUALITY)).toEqual({
      level: 'fail',
      key: 'network.tooSlow',
      params: { up: 1.2, need: 1.9, video: 1400, rtt: 40, loss: 1 },
    });
  });

  it('warns of loss, then of a long round trip, then of the SDK grade; passes a good link', () => {
    expect(networkVerdict(measured({ downLostRate: 0.08 }), DEFAULT_ENCODER, DEFAULT_QUALITY)).toMatchObject({ level: 'warn', key: 'network.lossy', params: { loss: 8 } });
    expect(networkVerdict(measured({ rtt: 320 }), DEFAULT_ENCODER, DEFAULT_QUALITY)).toMatchObject({ level: 'warn', key: 'network.slowRtt' });
    expect(networkVerdict(measured({ quality: TRTCQuality.TRTCQuality_Poor }), DEFAULT_ENCODER, DEFAULT_QUALITY)).toMatchObject({ level: 'warn', key: 'network.poor' });
    expect(networkVerdict(measured({}), DEFAULT_ENCODER, DEFAULT_QUALITY)).toMatchObject({ level: 'pass', params: { up: 6 } });
  });

  it('says whether the test has not run, is measuring, or was refused', () => {
    expect(networkVerdict(initialPreflight.speedTest, DEFAULT_ENCODER, DEFAULT_QUALITY).level).toBe('not-run');
    expect(networkVerdict({ ...initialPreflight.speedTest, status: 'running' }, DEFAULT_ENCODER, DEFAULT_QUALITY).level).toBe('pending');
    const failed: SpeedTestState = { ...initialPreflight.speedTest, status: 'failed', error: { code: -1, message: 'x' } };
    expect(networkVerdict(failed, DEFAULT_ENCODER, DEFAULT_QUALITY)).toEqual({ level: 'fail', key: 'network.failed', params: { code: -1 } });
  });

  it('passes a mic that heard a voice, fails one silent for 5 s or muted at the device', () => {
    const started = { running: true, startedAt: 1000, level: 0, loudest: 0, playback: false };
    expect(micVerdict(initialPreflight.micTest, initialAudioMix, 0).level).toBe('not-run');
    expect(micVerdict(started, initialAudioMix, 1000 + MIC_SILENT_MS - 1)).toMatchObject({ level: 'pending', key: 'mic.listening' });
    expect(micVerdict(started, initialAudioMix, 1000 + MIC_SILENT_MS)).toEqual({ level: 'fail', key: 'mic.silent', params: { seconds: 5 } });
    expect(micVerdict({ ...started, loudest: 42 }, initialAudioMix, 99_000)).toEqual({ level: 'pass', key: 'mic.pass', params: { level: 42 } });
    const muted = { ...initialAudioMix, micDevice: { volume: 100, muted: true } };
    expect(micVerdict(started, muted, 1001)).toMatchObject({ level: 'fail', key: 'mic.deviceMuted' });
  });

  it('passes a speaker test that was heard, warns when the speaker is muted or at 0, fails when it could not play', () => {
    const playing = { running: true, startedAt: 1000, level: 0, loudest: 0, error: null };
    expect(speakerVerdict(initialPreflight.speakerTest, initialAudioMix)).toMatchObject({ level: 'not-run', key: 'speaker.notRun' });
    expect(speakerVerdict(playing, initialAudioMix)).toMatchObject({ level: 'pending', key: 'speaker.playing' });
    expect(speakerVerdict({ ...playing, loudest: 77 }, initialAudioMix)).toEqual({ level: 'pass', key: 'speaker.pass', params: { level: 77 } });
    expect(speakerVerdict({ ...playing, loudest: 77 }, { ...initialAudioMix, speakerDevice: { volume: 60, muted: true } })).toMatchObject({ level: 'warn', key: 'speaker.muted' });
    expect(speakerVerdict(playing, { ...initialAudioMix, speakerDevice: { volume: 0, muted: false } })).toMatchObject({ level: 'warn', key: 'speaker.muted' });
    const failed = { ...playing, running: false, error: { code: -2303, message: 'cannot open' } };
    expect(speakerVerdict(failed, initialAudioMix)).toEqual({ level: 'fail', key: 'speaker.failed', params: { code: -2303 } });
  });

  it('passes a camera test that showed a picture, fails one whose camera could not open', () => {
    const started = { running: true, startedAt: 1000, firstFrame: null, error: null };
    expect(cameraVerdict(initialPreflight.cameraTest)).toMatchObject({ level: 'not-run', key: 'camera.notRun' });
    expect(cameraVerdict(started)).toMatchObject({ level: 'pending', key: 'camera.waiting' });
    expect(cameraVerdict({ ...started, firstFrame: { width: 640, height: 360 } })).toEqual({ level: 'pass', key: 'camera.pass', params: { width: 640, height: 360 } });
    expect(cameraVerdict({ ...started, running: false, error: { code: -1301, message: 'x' } })).toEqual({ level: 'fail', key: 'camera.failed', params: { code: -1301 } });
  });
});
