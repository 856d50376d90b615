import { createSelector } from '@ngrx/store';

import { localMediaFeature, type LocalMediaState } from './local-media';
import type { DeviceInfo, DeviceKindName, UnpluggedDevice } from './models';

/**
 * A current device that was pulled out: either still current and dead, with the device to offer (`offer`,
 * null when none of its kind is left), or replaced by the engine on its own, with what it switched to (`switchedTo`).
 */
export interface DeviceNotice extends UnpluggedDevice {
  offer: DeviceInfo | null;
  switchedTo: DeviceInfo | null;
}

const LISTS: Record<DeviceKindName, 'cameras' | 'mics' | 'speakers'> = { camera: 'cameras', mic: 'mics', speaker: 'speakers' };

/**
 * The pulled-out devices worth telling the host about: one still current (a camera, which the SDK never
 * switches, or a mic or speaker with no other left) with the first listed device of its kind to offer, and
 * one the engine replaced on its own while that replacement is still current, naming it. Choosing another
 * device or plugging it back ends the notice.
 */
export function deviceNotices(media: Pick<LocalMediaState, 'unplugged' | 'cameras' | 'mics' | 'speakers' | 'camera' | 'mic' | 'speaker'>): DeviceNotice[] {
  return media.unplugged.flatMap((device): DeviceNotice[] => {
    const list = media[LISTS[device.kind]];
    const current = media[device.kind];
    if (current === device.deviceId) return [{ ...device, offer: list.find((d) => d.deviceId !== device.deviceId) ?? null, switchedTo: null }];
    const switchedTo = device.replacedBy !== null && current === device.replacedBy ? list.find((d) => d.deviceId === current) : undefined;
    return switchedTo ? [{ ...device, offer: null, switchedTo }] : [];
  });
}

/** The notices to show in the media panel: each pulled-out current device with the one to switch to. */
export const selectDeviceNotices = createSelector(localMediaFeature.selectLocalMediaState, deviceNotices);
