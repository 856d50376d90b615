import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import { SANDBOX_SPEAKER_TEST_SOUND } from '@broadcast-core/bridge';

import { VirtualClock } from '../../../time/clock';
import { SandboxHarness } from '../../testing/sandbox-harness';
import { MicTest } from './mic-test';
import { SPEAKER_TEST_INTERVAL_MS } from './speaker-test';

const levels = (client: ReturnType<SandboxHarness['client']>) => client.events.all('onTestSpeakerVolume').map(([v]) => v);

describe('the sandbox speaker test', () => {
  it('plays the built-in sound with onTestSpeakerVolume every 300 ms until stopped', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    sandbox.advance(SPEAKER_TEST_INTERVAL_MS * 10);
    expect(levels(client)).toHaveLength(10);
    expect(Math.min(...levels(client))).toBeGreaterThanOrEqual(40);
    expect(Math.max(...levels(client))).toBeLessThanOrEqual(90);
    client.trtc.stopSpeakerDeviceTest();
    client.events.clear();
    sandbox.advance(3000);
    expect(levels(client)).toEqual([]);
  });

  it("scales the level by the speaker device's volume, and a muted speaker plays at 0", () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.setCurrentSpeakerVolume(50);
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    sandbox.advance(3000);
    expect(Math.max(...levels(client))).toBeLessThanOrEqual(45);
    expect(Math.min(...levels(client))).toBeGreaterThanOrEqual(20);
    client.trtc.setCurrentSpeakerDeviceMute(true);
    client.events.clear();
    sandbox.advance(1500);
    expect(new Set(levels(client))).toEqual(new Set([0]));
  });

  it('restarts on a second start, not doubling the reports', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    sandbox.advance(SPEAKER_TEST_INTERVAL_MS * 4);
    expect(levels(client)).toHaveLength(4);
  });

  it.each([['/no/such.wav'], [''], [42 as unknown as string]])('answers a path it cannot open (%p) with ERR_FILE_NOT_FOUND through onError, and plays nothing', (path) => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startSpeakerDeviceTest(path);
    sandbox.advance(1500);
    expect(TXLiteAVError.ERR_FILE_NOT_FOUND).toBe(-2303);
    expect(client.events.log()).toEqual([expect.stringMatching(/^onError\(-2303,cannot open the test sound/)]);
  });

  it('plays on through the system default when the speaker is pulled mid-test, and with no speaker left goes silent and fails ERR_SPEAKER_START_FAIL', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    sandbox.advance(600);
    sandbox.cloud.unplugDevice('sandbox-speaker-builtin');
    client.events.clear();
    sandbox.advance(900);
    expect(client.trtc.getCurrentSpeakerDevice().deviceId).toBe('sandbox-speaker-headset');
    expect(Math.min(...levels(client))).toBeGreaterThan(0);
    sandbox.cloud.unplugDevice('sandbox-speaker-headset');
    client.events.clear();
    sandbox.advance(1500);
    expect(new Set(levels(client))).toEqual(new Set([0]));
    client.events.clear();
    client.trtc.startSpeakerDeviceTest(SANDBOX_SPEAKER_TEST_SOUND);
    sandbox.advance(1500);
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${TXLiteAVError.ERR_SPEAKER_START_FAIL},the current speaker is unplugged`))]);
  });
});

describe('the sandbox mic test playback', () => {
  it('plays the mic back only when asked (the SDK default is false), and only while the test runs', () => {
    const clock = new VirtualClock();
    const test = new MicTest(clock, () => 50, () => undefined);
    test.start(300);
    expect(test.playback).toBe(false);
    test.start(300, true);
    expect(test.playback).toBe(true);
    test.stop();
    expect(test.playback).toBe(false);
  });
});
