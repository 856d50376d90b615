import { TRTCDeviceState, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { DEVICE_CATALOG, type DeviceKind } from './device-catalog';

/** A device plugged in or pulled out: what onDeviceChange reports. */
export interface DevicePlug {
  deviceId: string;
  kind: DeviceKind;
  state: TRTCDeviceState.TRTCDeviceStateAdd | TRTCDeviceState.TRTCDeviceStateRemove;
}

const KINDS: DeviceKind[] = [TRTCDeviceType.TRTCDeviceTypeCamera, TRTCDeviceType.TRTCDeviceTypeMic, TRTCDeviceType.TRTCDeviceTypeSpeaker];

/**
 * The sandbox machine's hardware: which catalog devices are plugged in. The sandbox cloud is one machine, so
 * every client on it sees the same devices come and go (sandbox.unplugDevice / sandbox.plugDevice).
 */
export class DeviceRack {
  private readonly unplugged = new Set<string>();
  private readonly listeners = new Set<(change: DevicePlug) => void>();

  /** The kind of a catalog device, or undefined for an id the machine never had. */
  kindOf(deviceId: string): DeviceKind | undefined {
    return KINDS.find((kind) => DEVICE_CATALOG[kind].some((device) => device.deviceId === deviceId));
  }

  /** Whether a device is plugged in (false for an unknown id). */
  isPlugged(deviceId: string): boolean {
    return this.kindOf(deviceId) !== undefined && !this.unplugged.has(deviceId);
  }

  /** Pulls a device out; false for an unknown id. Pulling an unplugged device again changes nothing. */
  unplug(deviceId: string): boolean {
    const kind = this.kindOf(deviceId);
    if (kind === undefined) return false;
    if (this.unplugged.has(deviceId)) return true;
    this.unplugged.add(deviceId);
    this.tell({ deviceId, kind, state: TRTCDeviceState.TRTCDeviceStateRemove });
    return true;
  }

  /** Plugs a device back in; false for an unknown id. Plugging a plugged device changes nothing. */
  plug(deviceId: string): boolean {
    const kind = this.kindOf(deviceId);
    if (kind === undefined) return false;
    if (!this.unplugged.delete(deviceId)) return true;
    this.tell({ deviceId, kind, state: TRTCDeviceState.TRTCDeviceStateAdd });
    return true;
  }

  /** Hears every change; returns what stops hearing. */
  watch(listener: (change: DevicePlug) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tell(change: DevicePlug): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
