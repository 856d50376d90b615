import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceInfo, TRTCDeviceState, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { DEVICE_CATALOG, type DeviceKind } from '../server/devices/device-catalog';
import { DeviceRack, type DevicePlug } from '../server/devices/device-rack';
import { SandboxFailure } from '../common/sandbox-failure';

export type { DeviceKind } from '../server/devices/device-catalog';

/** The SDK's device-open failure per kind, reported for an unknown device id. */
const OPEN_FAILURES: Record<DeviceKind, { code: number; noun: string }> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: { code: TXLiteAVError.ERR_CAMERA_START_FAIL, noun: 'camera' },
  [TRTCDeviceType.TRTCDeviceTypeMic]: { code: TXLiteAVError.ERR_MIC_START_FAIL, noun: 'microphone' },
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: { code: TXLiteAVError.ERR_SPEAKER_START_FAIL, noun: 'speaker' },
};

function copy(device: TRTCDeviceInfo): TRTCDeviceInfo {
  return new TRTCDeviceInfo(device.deviceId, device.deviceName, structuredClone(device.deviceProperties));
}

/** One onDeviceChange, as its arguments. */
export type DeviceChangeArgs = [deviceId: string, kind: DeviceKind, state: TRTCDeviceState];

/**
 * One client's device lists and current selections (the first device of each kind until changed), over the
 * machine's rack: an unplugged device leaves the lists and cannot be selected. A current mic or speaker that
 * is pulled out is replaced by the system default (the first one still plugged in), as trtc.d.ts
 * enableFollowingDefaultAudioDevice says the SDK does either way ("SDK 使用的音频设备被移除后 ... 切换至系统默认的
 * 音频设备"); a current camera is not ("摄像头暂不支持跟随系统默认设备"): it stays current and captures nothing
 * until it is plugged back or another is chosen, as does an audio device with no other of its kind left.
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

  /**
   * Follows the rack: the onDeviceChange calls a change gives this client, Remove or Add for the device,
   * then Active for the system default a pulled-out current mic or speaker was replaced with.
   */
  follow({ deviceId, kind, state }: DevicePlug): DeviceChangeArgs[] {
    const told: DeviceChangeArgs[] = [[deviceId, kind, state]];
    if (state !== TRTCDeviceState.TRTCDeviceStateRemove || kind === TRTCDeviceType.TRTCDeviceTypeCamera || this.selected(kind).deviceId !== deviceId) return told;
    const fallback = DEVICE_CATALOG[kind].find((device) => this.rack.isPlugged(device.deviceId));
    if (!fallback) return told;
    this.current.set(kind, fallback);
    return [...told, [fallback.deviceId, kind, TRTCDeviceState.TRTCDeviceStateActive]];
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
