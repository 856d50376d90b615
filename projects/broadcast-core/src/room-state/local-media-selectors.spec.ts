import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { selectCameraState, selectLocalViewFill, selectMicState, viewFill } from './local-media-selectors';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const run = (...actions: RoomAction[]): RoomState => actions.reduce(roomReducer, initialRoomState());

describe('viewFill', () => {
  it('fits only for TRTCVideoFillMode_Fit, fills otherwise', () => {
    expect(viewFill(TRTCVideoFillMode.TRTCVideoFillMode_Fit)).toBe('fit');
    expect(viewFill(TRTCVideoFillMode.TRTCVideoFillMode_Fill)).toBe('fill');
  });
});

describe('selectLocalViewFill', () => {
  it('fills by default and follows setLocalViewFillMode', () => {
    expect(selectLocalViewFill(run())).toBe('fill');
    expect(selectLocalViewFill(run(ConsoleActions.localFillModeSet({ mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit })))).toBe('fit');
  });
});

describe('selectCameraState', () => {
  it('is off, on, then muted as the preview starts and is muted', () => {
    expect(selectCameraState(run())).toBe('off');
    expect(selectCameraState(run(ConsoleActions.localPreviewToggled({ started: true })))).toBe('on');
    expect(selectCameraState(run(ConsoleActions.localPreviewToggled({ started: true }), ConsoleActions.localVideoMuted({ mute: true })))).toBe('muted');
  });

  it('says off, not muted, for a muted camera that is not started', () => {
    expect(selectCameraState(run(ConsoleActions.localVideoMuted({ mute: true })))).toBe('off');
  });

  it('is off again once the room is exited (the SDK released the camera)', () => {
    expect(selectCameraState(run(ConsoleActions.localPreviewToggled({ started: true }), EngineActions.roomExited({ reason: 0, at: 2 })))).toBe('off');
  });
});

describe('selectMicState', () => {
  it('is off, live, then muted as audio starts and is muted', () => {
    expect(selectMicState(run())).toBe('off');
    expect(selectMicState(run(ConsoleActions.localAudioToggled({ started: true })))).toBe('live');
    expect(selectMicState(run(ConsoleActions.localAudioToggled({ started: true }), ConsoleActions.localAudioMuted({ mute: true })))).toBe('muted');
  });

  it('says off for a muted mic that is not started', () => {
    expect(selectMicState(run(ConsoleActions.localAudioMuted({ mute: true })))).toBe('off');
  });
});
