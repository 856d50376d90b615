import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxHarness } from '../../testing/sandbox-harness';
import { SPEED_TEST_REFUSED, SPEED_TEST_RESULT_MS, SPEED_TEST_SERVERS } from './speed-test';

const PARAMS = { sdkAppId: 1400000001, userId: 'host', userSig: 'sig', expectedUpBandwidth: 800, expectedDownBandwidth: 0 };

describe('the sandbox speed test', () => {
  it('reports one result per access server, 2.5 s apart, from a healthy link', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    expect(client.trtc.startSpeedTest(PARAMS)).toBe(0);
    sandbox.advance(SPEED_TEST_RESULT_MS - 1);
    expect(client.events.count('onSpeedTestResult')).toBe(0);
    sandbox.advance(SPEED_TEST_RESULT_MS * 3);
    const results = client.events.all('onSpeedTestResult').map(([r]) => r);
    expect(results.map((r) => r.ip)).toEqual([...SPEED_TEST_SERVERS]);
    for (const r of results) {
      expect(r).toMatchObject({ success: true, errMsg: '' });
      expect(r.availableUpBandwidth).toBeGreaterThanOrEqual(4000);
      expect(r.upLostRate).toBeLessThanOrEqual(0.02);
      expect(r.rtt).toBeLessThanOrEqual(80);
      expect([TRTCQuality.TRTCQuality_Excellent, TRTCQuality.TRTCQuality_Good]).toContain(r.quality);
    }
  });

  it('measures a slow, lossy link while the sandbox network is weak', () => {
    const sandbox = new SandboxHarness();
    sandbox.cloud.weakNetwork(true);
    const client = sandbox.client();
    client.trtc.startSpeedTest(PARAMS);
    sandbox.advance(SPEED_TEST_RESULT_MS * 3);
    for (const [r] of client.events.all('onSpeedTestResult')) {
      expect(r.availableUpBandwidth).toBeLessThanOrEqual(700);
      expect(r.upLostRate).toBeGreaterThanOrEqual(0.06);
      expect(r.rtt).toBeGreaterThanOrEqual(250);
      expect([TRTCQuality.TRTCQuality_Poor, TRTCQuality.TRTCQuality_Bad]).toContain(r.quality);
    }
  });

  it('refuses with -1 in a room, while a test runs, and for parameters the SDK cannot use', () => {
    const sandbox = new SandboxHarness();
    const inRoom = sandbox.enter('host', 1);
    expect(inRoom.trtc.startSpeedTest(PARAMS)).toBe(SPEED_TEST_REFUSED);
    const client = sandbox.client();
    expect(client.trtc.startSpeedTest({ ...PARAMS, userId: '' })).toBe(SPEED_TEST_REFUSED);
    expect(client.trtc.startSpeedTest({ ...PARAMS, expectedUpBandwidth: 6000 })).toBe(SPEED_TEST_REFUSED);
    expect(client.trtc.startSpeedTest({ ...PARAMS, expectedUpBandwidth: 5 })).toBe(SPEED_TEST_REFUSED);
    expect(client.trtc.startSpeedTest(PARAMS)).toBe(0);
    expect(client.trtc.startSpeedTest(PARAMS)).toBe(SPEED_TEST_REFUSED);
    client.trtc.stopSpeedTest();
    sandbox.advance(SPEED_TEST_RESULT_MS * 3);
    expect(client.events.count('onSpeedTestResult')).toBe(0);
    expect(client.trtc.startSpeedTest(PARAMS)).toBe(0);
  });
});

describe('the sandbox mic test', () => {
  it('reports the microphone as it would be sent, every interval, without a room', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startMicDeviceTest(300);
    sandbox.advance(6000);
    const levels = client.events.all('onTestMicVolume').map(([v]) => v);
    expect(levels).toHaveLength(20);
    expect(Math.max(...levels)).toBeGreaterThan(10);
    client.trtc.setCurrentMicDeviceMute(true);
    client.events.clear();
    sandbox.advance(1500);
    expect(new Set(client.events.all('onTestMicVolume').map(([v]) => v))).toEqual(new Set([0]));
    client.trtc.stopMicDeviceTest();
    client.events.clear();
    sandbox.advance(1500);
    expect(client.events.count('onTestMicVolume')).toBe(0);
  });
});
