import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const apply = (state: RoomState, action: RoomAction) => roomReducer(state, action);

describe('changed', () => {
  it('returns the same object when every field already holds the value, comparing objects by value', () => {
    const s = { a: 1, b: { x: [1, 2] }, c: null as string | null };
    expect(changed(s, { a: 1, b: { x: [1, 2] } })).toBe(s);
    expect(changed(s, {})).toBe(s);
    expect(changed(s, { c: 'y' })).toEqual({ a: 1, b: { x: [1, 2] }, c: 'y' });
    expect(changed(s, { b: { x: [2, 1] } })).not.toBe(s);
  });
});

describe('room reducer: a command that changes nothing changes no state', () => {
  const entered = [
    ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1, roomId: 2, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor }, scene: 1, at: 1 }),
    EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 2 }),
  ].reduce(apply, initialRoomState());

  it.each<[string, RoomAction]>([
    ['mirror off', ConsoleActions.localMirrorSet({ mirror: false })],
    ['the default fill mode', ConsoleActions.localFillModeSet({ mode: entered.localMedia.fillMode })],
    ['the same beauty', ConsoleActions.beautySet({ beauty: { ...entered.localMedia.beauty } })],
    ['the same encoder', ConsoleActions.encoderParamsSet({ params: { ...entered.localMedia.encoder } })],
    ['an unmuted mic unmuted', ConsoleActions.localAudioMuted({ mute: false })],
    ['a stopped camera stopped', ConsoleActions.localPreviewToggled({ started: false })],
    ['a remote user not muted, unmuted', ConsoleActions.remoteAudioMuted({ userId: 'anna', mute: false })],
    ['the same device lists', EngineActions.devicesListed({ cameras: [], mics: [], speakers: [], camera: null, mic: null, speaker: null })],
  ])('%s', (_label, action) => {
    expect(apply(entered, action)).toBe(entered);
  });

  it('still records a real change', () => {
    expect(apply(entered, ConsoleActions.localMirrorSet({ mirror: true })).localMedia.mirror).toBe(true);
  });
});
