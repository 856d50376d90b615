import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceInfo, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxFailure } from './sandbox-failure';

/** The device kinds a client selects from. */
export type DeviceKind = TRTCDeviceType.TRTCDeviceTypeCamera | TRTCDeviceType.TRTCDeviceTypeMic | TRTCDeviceType.TRTCDeviceTypeSpeaker;

const resolutions = (...sizes: [number, number][]) => ({ SupportedResolution: sizes.map(([width, height]) => ({ width, height })) });

/** Plausible devices of a desk setup; cameras list their capture sizes as trtc_define TRTCDeviceInfo describes. */
const CATALOG: Record<DeviceKind, readonly TRTCDeviceInfo[]> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: [
    new TRTCDeviceInfo('sandbox-camera-hd', 'Sandbox HD Camera', resolutions([1920, 1080], [1280, 720], [640, 360])),
    new TRTCDeviceInfo('sandbox-camera-desk', 'Sandbox Desk Camera', resolutions([1280, 720], [640, 480])),
    new TRTCDeviceInfo('sandbox-camera-virtual', 'Sandbox Virtual Camera', {}),
  ],
  [TRTCDeviceType.TRTCDeviceTypeMic]: [
    new TRTCDeviceInfo('sandbox-mic-builtin', 'Sandbox Built-in Microphone', {}),
    new TRTCDeviceInfo('sandbox-mic-usb', 'Sandbox USB Microphone', {}),
  ],
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: [
    new TRTCDeviceInfo('sandbox-speaker-builtin', 'Sandbox Built-in Speakers', {}),
    new TRTCDeviceInfo('sandbox-speaker-headset', 'Sandbox Headset', {}),
  ],
};

/** The SDK's device-open failure per kind, reported for an unknown device id. */
const OPEN_FAILURES: Record<DeviceKind, { code: number; noun: string }> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: { code: TXLiteAVError.ERR_CAMERA_START_FAIL, noun: 'camera' },
  [TRTCDeviceType.TRTCDeviceTypeMic]: { code: TXLiteAVError.ERR_MIC_START_FAIL, noun: 'microphone' },
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: { code: TXLiteAVError.ERR_SPEAKER_START_FAIL, noun: 'speaker' },
};

function copy(device: TRTCDeviceInfo): TRTCDeviceInfo {
  return new TRTCDeviceInfo(device.deviceId, device.deviceName, structuredClone(device.deviceProperties));
}

/** One client's device lists and current selections (the first device of each kind until changed). */
export class SandboxDevices {
  private readonly current = new Map<DeviceKind, TRTCDeviceInfo>();

  /** A fresh copy of the devices of a kind. */
  list(kind: DeviceKind): TRTCDeviceInfo[] {
    return CATALOG[kind].map(copy);
  }

  /** The device in use for a kind. */
  selected(kind: DeviceKind): TRTCDeviceInfo {
    return copy(this.current.get(kind) ?? CATALOG[kind][0]);
  }

  /** Selects a device; for an unknown id nothing changes and the SDK's open failure for that kind is returned. */
  select(kind: DeviceKind, deviceId: string): SandboxFailure | undefined {
    const device = CATALOG[kind].find((candidate) => candidate.deviceId === deviceId);
    if (device) {
      this.current.set(kind, device);
      return undefined;
    }
    const { code, noun } = OPEN_FAILURES[kind];
    return new SandboxFailure(code, `no ${noun} with id "${deviceId}"; still using "${this.selected(kind).deviceName}"`);
  }
}
