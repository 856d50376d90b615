import { TRTCDeviceState, type TRTCDeviceInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { DeviceRack } from '../server/devices/device-rack';
import type { PostCallback } from './report-failure';
import { SandboxDevices, type DeviceKind } from './sandbox-devices';

/**
 * The device calls of SandboxTRTCCloud: one client's lists and selections over the machine's rack, with the
 * onDeviceChange callbacks a plug, an unplug or a selection owes the app.
 */
export class ClientDevices {
  private readonly devices: SandboxDevices;
  /** Stops hearing the machine's devices come and go. */
  private readonly unwatch: () => void;

  constructor(
    rack: DeviceRack,
    private readonly post: PostCallback,
  ) {
    this.devices = new SandboxDevices(rack);
    this.unwatch = rack.watch((change) => {
      for (const args of this.devices.follow(change)) post('onDeviceChange', ...args);
    });
  }

  /** A fresh copy of the plugged-in devices of a kind. */
  list(kind: DeviceKind): TRTCDeviceInfo[] {
    return this.devices.list(kind);
  }

  /** The device in use for a kind. */
  selected(kind: DeviceKind): TRTCDeviceInfo {
    return this.devices.selected(kind);
  }

  /** Whether the current device of a kind is plugged in, so capture from it works. */
  present(kind: DeviceKind): boolean {
    return this.devices.present(kind);
  }

  /** Selects a device: onDeviceChange(id, kind, Active), or for an unknown id onError with the kind's open failure and no change. */
  select(kind: DeviceKind, deviceId: string): void {
    const failure = this.devices.select(kind, deviceId);
    if (failure) this.post('onError', failure.code, failure.message);
    else this.post('onDeviceChange', deviceId, kind, TRTCDeviceState.TRTCDeviceStateActive);
  }

  /** Stops following the rack (the client is destroyed). */
  close(): void {
    this.unwatch();
  }
}
