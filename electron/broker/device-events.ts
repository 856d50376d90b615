import { EngineActions, type DeviceKindName, type RoomAction, type RoomState } from '@broadcast-core/room-state';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCDeviceState, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

const KINDS: Partial<Record<number, { kind: DeviceKindName; list: 'cameras' | 'mics' | 'speakers' }>> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: { kind: 'camera', list: 'cameras' },
  [TRTCDeviceType.TRTCDeviceTypeMic]: { kind: 'mic', list: 'mics' },
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: { kind: 'speaker', list: 'speakers' },
};

/** The code with which the camera test cannot open the camera, through onError: -1301. */
export const CAMERA_TEST_REFUSALS: ReadonlySet<number> = new Set([TXLiteAVError.ERR_CAMERA_START_FAIL]);

/** The codes with which the speaker test cannot play, through onError: the file (-2303) or the speaker (-1321). */
export const SPEAKER_TEST_REFUSALS: ReadonlySet<number> = new Set([TXLiteAVError.ERR_FILE_NOT_FOUND, TXLiteAVError.ERR_SPEAKER_START_FAIL]);

/**
 * onDeviceChange as room actions: Remove names the device from the lists the state still holds (the engine
 * side's `devices` report with the new lists follows the event); Add ends its unplugged record; Active (a
 * selection) needs nothing, the report carries it.
 */
export function deviceChangeToActions(deviceId: string, type: number, deviceState: number, state: RoomState, at: number): RoomAction[] {
  const known = KINDS[type];
  if (!known) return [];
  if (deviceState === TRTCDeviceState.TRTCDeviceStateRemove) {
    const deviceName = state.localMedia[known.list].find((d) => d.deviceId === deviceId)?.deviceName ?? deviceId;
    return [EngineActions.deviceUnplugged({ deviceId, kind: known.kind, deviceName, at })];
  }
  if (deviceState === TRTCDeviceState.TRTCDeviceStateAdd) return [EngineActions.devicePluggedIn({ deviceId, kind: known.kind, at })];
  return [];
}
