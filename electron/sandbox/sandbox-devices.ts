import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceInfo, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { DEVICE_CATALOG, type DeviceKind } from './devices/device-catalog';
import { DeviceRack } from './devices/device-rack';
import { SandboxFailure } from './sandbox-failure';

export type { DeviceKind } from './devices/device-catalog';

/** The SDK's device-open failure per kind, reported for an unknown device id. */
const OPEN_FAILURES: Record<DeviceKind, { code: number; noun: string }> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: { code: TXLiteAVError.ERR_CAMERA_START_FAIL, noun: 'camera' },
  [TRTCDeviceType.TRTCDeviceTypeMic]: { code: TXLiteAVError.ERR_MIC_START_FAIL, noun: 'microphone' },
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: { code: TXLiteAVError.ERR_SPEAKER_START_FAIL, noun: 'speaker' },
};

function copy(device: TRTCDeviceInfo): TRTCDeviceInfo {
  return new TRTCDeviceInfo(device.deviceId, device.deviceName, structuredClone(device.deviceProperties));
}

/**
 * One client's device lists and current selections (the first device of each kind until changed), over the
 * machine's rack: an unplugged device leaves the lists and cannot be selected, and one that was current stays
 * current but captures nothing (the SDK does not switch on its own) until it is plugged back or another is chosen.
 */
export class SandboxDevices {
  private readonly current = new Map<DeviceKind, TRTCDeviceInfo>();

  constructor(private readonly rack = new DeviceRack()) {}

  /** A fresh copy of the plugged-in devices of a kind. */
  list(kind: DeviceKind): TRTCDeviceInfo[] {
    return DEVICE_CATALOG[kind].filter((device) => this.rack.isPlugged(device.deviceId)).map(copy);
  }

  /** Whether the current device of a kind is plugged in, so capture from it works. */
  present(kind: DeviceKind): boolean {
    return this.rack.isPlugged(this.selected(kind).deviceId);
  }

  /** The device in use for a kind. */
  selected(kind: DeviceKind): TRTCDeviceInfo {
    return copy(this.current.get(kind) ?? DEVICE_CATALOG[kind][0]);
  }

  /** Selects a device; for an unknown id nothing changes and the SDK's open failure for that kind is returned. */
  select(kind: DeviceKind, deviceId: string): SandboxFailure | undefined {
    const device = DEVICE_CATALOG[kind].find((candidate) => candidate.deviceId === deviceId && this.rack.isPlugged(deviceId));
    if (device) {
      this.current.set(kind, device);
      return undefined;
    }
    const { code, noun } = OPEN_FAILURES[kind];
    const why = this.rack.kindOf(deviceId) === kind ? `the ${noun} "${deviceId}" is unplugged` : `no ${noun} with id "${deviceId}"`;
    return new SandboxFailure(code, `${why}; still using "${this.selected(kind).deviceName}"`);
  }
}
