import type { TRTCDeviceInfo } from 'trtc-electron-sdk/liteav/trtc_define';

/** A device as the SDK lists it. */
export function device(deviceId: string, deviceName = deviceId): TRTCDeviceInfo {
  return { deviceId, deviceName, deviceProperties: {} };
}

/** The devices a fresh ScriptedEngine reports. */
export const DEFAULT_DEVICES = {
  cameras: [device('cam-1', 'Front camera'), device('cam-2', 'USB camera')],
  mics: [device('mic-1', 'Built-in mic')],
  speakers: [device('spk-1', 'Speakers'), device('spk-2', 'Headphones')],
};
