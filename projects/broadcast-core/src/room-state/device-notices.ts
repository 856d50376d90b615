import { createSelector } from '@ngrx/store';

import { localMediaFeature, type LocalMediaState } from './local-media';
import type { DeviceInfo, DeviceKindName, UnpluggedDevice } from './models';

/** A current device that was pulled out, with the device to switch to (null when none of its kind is left). */
export interface DeviceNotice extends UnpluggedDevice {
  offer: DeviceInfo | null;
}

const LISTS: Record<DeviceKindName, 'cameras' | 'mics' | 'speakers'> = { camera: 'cameras', mic: 'mics', speaker: 'speakers' };

/**
 * The unplugged devices that are still the current one of their kind, each with the next device to offer:
 * the first listed one of that kind (the SDK does not switch on its own, so capture stays dead until the
 * console switches). Choosing another device or plugging it back ends the notice.
 */
export function deviceNotices(media: Pick<LocalMediaState, 'unplugged' | 'cameras' | 'mics' | 'speakers' | 'camera' | 'mic' | 'speaker'>): DeviceNotice[] {
  return media.unplugged
    .filter((device) => media[device.kind] === device.deviceId)
    .map((device) => ({ ...device, offer: media[LISTS[device.kind]].find((d) => d.deviceId !== device.deviceId) ?? null }));
}

/** The notices to show in the media panel: each pulled-out current device with the one to switch to. */
export const selectDeviceNotices = createSelector(localMediaFeature.selectLocalMediaState, deviceNotices);
