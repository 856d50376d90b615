import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceState, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from '../../testing/frame-collector';
import { SandboxHarness } from '../../testing/sandbox-harness';

const { TRTCDeviceTypeCamera: CAMERA, TRTCDeviceTypeMic: MIC, TRTCDeviceTypeSpeaker: SPEAKER } = TRTCDeviceType;
const { TRTCDeviceStateAdd: ADD, TRTCDeviceStateRemove: REMOVE, TRTCDeviceStateActive: ACTIVE } = TRTCDeviceState;

describe('device hot-plug (sandbox.unplugDevice / sandbox.plugDevice)', () => {
  it('tells every client with onDeviceChange(Remove) and drops the device from the lists; plugging it back adds it', () => {
    const sandbox = new SandboxHarness();
    const a = sandbox.client();
    const b = sandbox.client();
    expect(sandbox.cloud.unplugDevice('sandbox-mic-usb')).toBe(true);
    sandbox.advance();
    for (const client of [a, b]) expect(client.events.all('onDeviceChange')).toEqual([['sandbox-mic-usb', MIC, REMOVE]]);
    expect(a.trtc.getMicDevicesList().map((d) => d.deviceId)).toEqual(['sandbox-mic-builtin']);
    expect(sandbox.cloud.plugDevice('sandbox-mic-usb')).toBe(true);
    sandbox.advance();
    expect(a.events.all('onDeviceChange')).toEqual([['sandbox-mic-usb', MIC, REMOVE], ['sandbox-mic-usb', MIC, ADD]]);
    expect(a.trtc.getMicDevicesList().map((d) => d.deviceId)).toEqual(['sandbox-mic-builtin', 'sandbox-mic-usb']);
  });

  it('answers false for a device the machine never had, and says nothing for a repeat', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    expect(sandbox.cloud.unplugDevice('usb-42')).toBe(false);
    expect(sandbox.cloud.plugDevice('usb-42')).toBe(false);
    expect(sandbox.cloud.plugDevice('sandbox-camera-desk')).toBe(true);
    sandbox.cloud.unplugDevice('sandbox-camera-desk');
    sandbox.cloud.unplugDevice('sandbox-camera-desk');
    sandbox.advance();
    expect(client.events.all('onDeviceChange')).toEqual([['sandbox-camera-desk', CAMERA, REMOVE]]);
  });

  it.each([
    ['camera', 'sandbox-camera-desk', 'setCurrentCameraDevice', TXLiteAVError.ERR_CAMERA_START_FAIL],
    ['microphone', 'sandbox-mic-usb', 'setCurrentMicDevice', TXLiteAVError.ERR_MIC_START_FAIL],
    ['speaker', 'sandbox-speaker-headset', 'setCurrentSpeakerDevice', TXLiteAVError.ERR_SPEAKER_START_FAIL],
  ] as const)('refuses to select an unplugged %s with its open failure', (noun, deviceId, set, code) => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    sandbox.cloud.unplugDevice(deviceId);
    sandbox.advance();
    client.events.clear();
    client.trtc[set](deviceId);
    sandbox.advance();
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${code},the ${noun} "${deviceId}" is unplugged`))]);
  });

  it('replaces a pulled-out current mic with the system default (trtc.d.ts), told as Remove then Active, and keeps hearing', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.setCurrentMicDevice('sandbox-mic-usb');
    sandbox.advance();
    client.events.clear();
    client.trtc.startMicDeviceTest(300);
    sandbox.cloud.unplugDevice('sandbox-mic-usb');
    sandbox.advance(6000);
    expect(client.events.all('onDeviceChange')).toEqual([['sandbox-mic-usb', MIC, REMOVE], ['sandbox-mic-builtin', MIC, ACTIVE]]);
    expect(client.trtc.getCurrentMicDevice().deviceId).toBe('sandbox-mic-builtin');
    expect(Math.max(...client.events.all('onTestMicVolume').map(([v]) => v))).toBeGreaterThan(10);
  });

  it('silences a pulled-out mic when no other is left, without switching; plugging one in and choosing it brings the level back', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    sandbox.cloud.unplugDevice('sandbox-mic-usb');
    client.trtc.startMicDeviceTest(300);
    sandbox.advance(6000);
    expect(Math.max(...client.events.all('onTestMicVolume').map(([v]) => v))).toBeGreaterThan(10);
    sandbox.cloud.unplugDevice('sandbox-mic-builtin');
    sandbox.advance(300);
    client.events.clear();
    sandbox.advance(3000);
    expect(new Set(client.events.all('onTestMicVolume').map(([v]) => v))).toEqual(new Set([0]));
    expect(client.trtc.getCurrentMicDevice().deviceId).toBe('sandbox-mic-builtin');
    sandbox.cloud.plugDevice('sandbox-mic-usb');
    client.trtc.setCurrentMicDevice('sandbox-mic-usb');
    client.events.clear();
    sandbox.advance(6000);
    expect(Math.max(...client.events.all('onTestMicVolume').map(([v]) => v))).toBeGreaterThan(10);
  });

  it('stops the current camera\'s frames when it is pulled out, with no switch (cameras do not follow the default), until it is plugged back', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const frames = collectFrames(client.trtc);
    client.trtc.startLocalPreview(null);
    sandbox.advance(1000);
    expect(frames.length).toBeGreaterThan(10);
    sandbox.cloud.unplugDevice('sandbox-camera-hd');
    const at = frames.length;
    sandbox.advance(1000);
    expect(frames.length).toBe(at);
    expect(client.trtc.getCurrentCameraDevice().deviceId).toBe('sandbox-camera-hd');
    expect(client.events.all('onDeviceChange')).toEqual([['sandbox-camera-hd', CAMERA, REMOVE]]);
    sandbox.cloud.plugDevice('sandbox-camera-hd');
    sandbox.advance(1000);
    expect(frames.length).toBeGreaterThan(at + 10);
  });

  it('leaves a speaker selection alone when another device is pulled out', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    sandbox.cloud.unplugDevice('sandbox-speaker-headset');
    expect(client.trtc.getCurrentSpeakerDevice().deviceId).toBe('sandbox-speaker-builtin');
    expect(client.trtc.getSpeakerDevicesList()).toHaveLength(1);
    sandbox.advance();
    expect(client.events.all('onDeviceChange')).toEqual([['sandbox-speaker-headset', SPEAKER, REMOVE]]);
  });
});
