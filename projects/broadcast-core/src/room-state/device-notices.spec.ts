import { EngineActions } from './engine-actions';
import { ConsoleActions } from './console-actions';
import { selectDeviceNotices } from './device-notices';
import { eventLogFeature } from './event-log';
import { initialRoomState, roomReducer } from './room-state';
import type { RoomAction } from './room-state';

const MICS = [
  { deviceId: 'usb', deviceName: 'USB Mic' },
  { deviceId: 'int', deviceName: 'Built-in Mic' },
];
const listed = (mics: typeof MICS, mic: string) => EngineActions.devicesListed({ cameras: [{ deviceId: 'cam', deviceName: 'Cam' }], mics, speakers: [], camera: 'cam', mic, speaker: null });
const run = (...actions: RoomAction[]) => actions.reduce(roomReducer, initialRoomState());
const unplugUsb = EngineActions.deviceUnplugged({ deviceId: 'usb', kind: 'mic', deviceName: 'USB Mic', at: 7 });

describe('unplugged devices', () => {
  it('names the current device that was pulled out and offers the next one of its kind', () => {
    const state = run(listed(MICS, 'usb'), unplugUsb, listed([MICS[1]], 'usb'));
    expect(state.localMedia.unplugged).toEqual([{ deviceId: 'usb', kind: 'mic', deviceName: 'USB Mic', at: 7, replacedBy: null }]);
    expect(selectDeviceNotices(state)).toEqual([
      { deviceId: 'usb', kind: 'mic', deviceName: 'USB Mic', at: 7, replacedBy: null, offer: { deviceId: 'int', deviceName: 'Built-in Mic' }, switchedTo: null },
    ]);
  });

  it('names what the engine switched a pulled-out mic to on its own, until the console picks another', () => {
    const state = run(listed(MICS, 'usb'), unplugUsb, listed([MICS[1]], 'int'));
    expect(state.localMedia.unplugged).toEqual([expect.objectContaining({ deviceId: 'usb', replacedBy: 'int' })]);
    expect(selectDeviceNotices(state)).toEqual([expect.objectContaining({ deviceId: 'usb', offer: null, switchedTo: { deviceId: 'int', deviceName: 'Built-in Mic' } })]);
    const third = { deviceId: 'bt', deviceName: 'BT Mic' };
    const later = run(listed(MICS, 'usb'), unplugUsb, listed([MICS[1], third], 'int'), ConsoleActions.micSelected({ deviceId: 'bt' }));
    expect(selectDeviceNotices(later)).toEqual([]);
  });

  it('does not take a switch the console asked for as one the engine made', () => {
    const state = run(listed(MICS, 'usb'), unplugUsb, ConsoleActions.micSelected({ deviceId: 'int' }), listed([MICS[1]], 'int'));
    expect(state.localMedia.unplugged).toEqual([expect.objectContaining({ deviceId: 'usb', replacedBy: null })]);
    expect(selectDeviceNotices(state)).toEqual([]);
  });

  it('ends the notice when another device is chosen, or the device comes back', () => {
    const unplugged = run(listed(MICS, 'usb'), unplugUsb, listed([MICS[1]], 'usb'));
    expect(selectDeviceNotices(roomReducer(unplugged, ConsoleActions.micSelected({ deviceId: 'int' })))).toEqual([]);
    const back = roomReducer(unplugged, EngineActions.devicePluggedIn({ deviceId: 'usb', kind: 'mic', at: 9 }));
    expect(back.localMedia.unplugged).toEqual([]);
    expect(selectDeviceNotices(back)).toEqual([]);
  });

  it('shows no notice for a device that was not in use, and offers nothing when none of its kind is left', () => {
    expect(selectDeviceNotices(run(listed(MICS, 'int'), unplugUsb, listed([MICS[1]], 'int')))).toEqual([]);
    const cam = EngineActions.deviceUnplugged({ deviceId: 'cam', kind: 'camera', deviceName: 'Cam', at: 8 });
    const none = run(listed(MICS, 'int'), cam, EngineActions.devicesListed({ cameras: [], mics: MICS, speakers: [], camera: 'cam', mic: 'int', speaker: null }));
    expect(selectDeviceNotices(none)).toEqual([expect.objectContaining({ deviceId: 'cam', offer: null })]);
  });

  it('keeps one entry per device however often it is pulled, and logs each pull as a warning', () => {
    const state = run(listed(MICS, 'usb'), unplugUsb, { ...unplugUsb, at: 8 });
    expect(state.localMedia.unplugged).toEqual([expect.objectContaining({ deviceId: 'usb', at: 8 })]);
    const entries = eventLogFeature.selectEntries(state);
    expect(entries.map((e) => [e.level, e.note, e.message])).toEqual([
      ['warning', 'deviceUnplugged', 'USB Mic'],
      ['warning', 'deviceUnplugged', 'USB Mic'],
    ]);
  });
});

describe('the speaker test state', () => {
  it('tracks the level while it plays, keeps the loudest, and clears on entry', () => {
    let state = run(ConsoleActions.speakerTestToggled({ started: true, at: 1 }), EngineActions.speakerTestLevelReported({ volume: 60, at: 2 }), EngineActions.speakerTestLevelReported({ volume: 30, at: 3 }));
    expect(state.preflight.speakerTest).toEqual({ running: true, startedAt: 1, level: 30, loudest: 60, error: null });
    state = roomReducer(state, EngineActions.speakerTestFailed({ error: { code: -1321, message: 'x' }, at: 4 }));
    expect(state.preflight.speakerTest).toMatchObject({ running: false, level: 0, loudest: 60, error: { code: -1321 } });
    expect(roomReducer(state, EngineActions.speakerTestLevelReported({ volume: 50, at: 5 })).preflight.speakerTest.level).toBe(0);
    expect(roomReducer(state, EngineActions.roomEntered({ elapsedMs: 100, at: 6 })).preflight.speakerTest.startedAt).toBeNull();
  });
});

describe('the camera test state', () => {
  it("keeps the first local picture while the test runs, not the preview's when it does not", () => {
    const frame = EngineActions.firstVideoFrameRendered({ userId: '', streamType: 0, size: { width: 640, height: 360 } });
    expect(run(frame).preflight.cameraTest.firstFrame).toBeNull();
    const state = run(ConsoleActions.cameraTestToggled({ started: true, at: 1 }), frame, EngineActions.firstVideoFrameRendered({ userId: '', streamType: 0, size: { width: 1, height: 1 } }));
    expect(state.preflight.cameraTest).toEqual({ running: true, startedAt: 1, firstFrame: { width: 640, height: 360 }, error: null });
    expect(roomReducer(state, ConsoleActions.cameraTestToggled({ started: false, at: 2 })).preflight.cameraTest).toMatchObject({ running: false, firstFrame: { width: 640 } });
  });
});
