import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceInfo, TRTCDeviceState, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxHarness } from '../testing/sandbox-harness';

describe('devices', () => {
  it('lists 2-3 plausible devices of each kind in the SDK shape', () => {
    const { trtc } = new SandboxHarness().client();
    for (const list of [trtc.getCameraDevicesList(), trtc.getMicDevicesList(), trtc.getSpeakerDevicesList()]) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(3);
      for (const device of list) {
        expect(device).toBeInstanceOf(TRTCDeviceInfo);
        expect(device.deviceId).toMatch(/^sandbox-/);
        expect(device.deviceName).toMatch(/^Sandbox /);
      }
    }
    expect(trtc.getCameraDevicesList()[0].deviceProperties).toEqual({ SupportedResolution: expect.arrayContaining([{ width: 1280, height: 720 }]) });
  });

  it('starts on the first device of each kind and switches to a known one with onDeviceChange', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const { trtc } = client;
    expect(trtc.getCurrentCameraDevice().deviceId).toBe(trtc.getCameraDevicesList()[0].deviceId);
    expect(trtc.getCurrentMicDevice().deviceId).toBe(trtc.getMicDevicesList()[0].deviceId);
    expect(trtc.getCurrentSpeakerDevice().deviceId).toBe(trtc.getSpeakerDevicesList()[0].deviceId);
    const desk = trtc.getCameraDevicesList()[1].deviceId;
    trtc.setCurrentCameraDevice(desk);
    sandbox.advance();
    expect(trtc.getCurrentCameraDevice().deviceId).toBe(desk);
    expect(client.events.all('onDeviceChange')).toEqual([[desk, TRTCDeviceType.TRTCDeviceTypeCamera, TRTCDeviceState.TRTCDeviceStateActive]]);
  });

  it.each([
    ['camera', 'setCurrentCameraDevice', 'getCurrentCameraDevice', TXLiteAVError.ERR_CAMERA_START_FAIL],
    ['microphone', 'setCurrentMicDevice', 'getCurrentMicDevice', TXLiteAVError.ERR_MIC_START_FAIL],
    ['speaker', 'setCurrentSpeakerDevice', 'getCurrentSpeakerDevice', TXLiteAVError.ERR_SPEAKER_START_FAIL],
  ] as const)('refuses an unknown %s with an error and keeps the current one', (noun, set, get, code) => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const before = client.trtc[get]().deviceId;
    client.trtc[set]('usb-42');
    sandbox.advance();
    expect(client.trtc[get]().deviceId).toBe(before);
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${code},no ${noun} with id "usb-42"`))]);
  });

  it("returns copies, so callers cannot change the sandbox's devices", () => {
    const { trtc } = new SandboxHarness().client();
    trtc.getCameraDevicesList()[0].deviceName = 'changed';
    trtc.getCurrentCameraDevice().deviceName = 'changed';
    expect(trtc.getCameraDevicesList()[0].deviceName).not.toBe('changed');
  });

  it('reports the installed SDK version with a sandbox suffix', () => {
    const { trtc } = new SandboxHarness().client();
    expect(trtc.getSDKVersion()).toMatch(/^\d+\.\d+\.\d+-sandbox$/);
  });
});
