import { TRTCVideoFillMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialLocalMedia, localMediaFeature, type LocalMediaState } from './local-media';
import type { RoomAction } from './room-state';

const reduce = (state: LocalMediaState | undefined, ...actions: RoomAction[]): LocalMediaState =>
  actions.reduce((s, a) => localMediaFeature.reducer(s, a), state ?? initialLocalMedia);
const frame = (userId: string) => EngineActions.firstVideoFrameRendered({ userId, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size: { width: 1280, height: 720 } });

describe('local media reducer', () => {
  it('starts with nothing started or muted', () => {
    expect(localMediaFeature.reducer(undefined, { type: '@init' })).toEqual(initialLocalMedia);
    expect(initialLocalMedia).toEqual(expect.objectContaining({ previewStarted: false, audioStarted: false, videoMuted: false, audioMuted: false }));
  });

  it('follows camera and mic starts and mutes', () => {
    const state = reduce(
      undefined,
      ConsoleActions.localPreviewToggled({ started: true }),
      ConsoleActions.localAudioToggled({ started: true }),
      ConsoleActions.localVideoMuted({ mute: true }),
      ConsoleActions.localAudioMuted({ mute: true }),
    );
    expect(state).toEqual(expect.objectContaining({ previewStarted: true, audioStarted: true, videoMuted: true, audioMuted: true }));
  });

  it('forgets the first frame when the preview stops, and the level when the mic stops', () => {
    const running = reduce(
      undefined,
      ConsoleActions.localPreviewToggled({ started: true }),
      ConsoleActions.localAudioToggled({ started: true }),
      frame(''),
      EngineActions.voiceLevelsChanged({ levels: [['', 42]] }),
    );
    expect(running.firstFrame).toEqual({ width: 1280, height: 720 });
    expect(running.volume).toBe(42);
    const stopped = reduce(running, ConsoleActions.localPreviewToggled({ started: false }), ConsoleActions.localAudioToggled({ started: false }));
    expect(stopped.firstFrame).toBeNull();
    expect(stopped.volume).toBe(0);
  });

  it('takes only the local user\'s first frame and level, and returns the same state for others', () => {
    const start = reduce(undefined);
    expect(reduce(start, frame('anna'))).toBe(start);
    expect(reduce(start, EngineActions.voiceLevelsChanged({ levels: [['anna', 80]] }))).toBe(start);
  });

  it('keeps settings: fill mode, mirror, devices chosen and listed', () => {
    const state = reduce(
      undefined,
      ConsoleActions.localFillModeSet({ mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit }),
      ConsoleActions.localMirrorSet({ mirror: true }),
      EngineActions.devicesListed({ cameras: [{ deviceId: 'cam-1', deviceName: 'Camera' }], mics: [], speakers: [], camera: 'cam-1', mic: null, speaker: null }),
      ConsoleActions.micSelected({ deviceId: 'mic-2' }),
    );
    expect(state).toEqual(
      expect.objectContaining({ fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fit, mirror: true, cameras: [{ deviceId: 'cam-1', deviceName: 'Camera' }], camera: 'cam-1', mic: 'mic-2' }),
    );
  });

  it('returns the same state for a setting that did not change', () => {
    const start = reduce(undefined);
    expect(reduce(start, ConsoleActions.localMirrorSet({ mirror: false }))).toBe(start);
    expect(reduce(start, ConsoleActions.encoderParamsSet({ params: { ...start.encoder } }))).toBe(start);
  });

  it('releases camera and mic when the room is exited or the engine lost, keeping settings and mutes', () => {
    const running = reduce(
      undefined,
      ConsoleActions.localPreviewToggled({ started: true }),
      ConsoleActions.localAudioToggled({ started: true }),
      ConsoleActions.localVideoMuted({ mute: true }),
      ConsoleActions.localMirrorSet({ mirror: true }),
      frame(''),
      EngineActions.firstLocalVideoFrameSent({ at: 3 }),
    );
    for (const end of [EngineActions.roomExited({ reason: 0, at: 9 }), EngineActions.engineLost({ reason: 'crashed', at: 9, capture: { camera: true, mic: true, share: null } })]) {
      expect(reduce(running, end)).toEqual({ ...running, previewStarted: false, audioStarted: false, firstFrame: null, firstFrameSentAt: null, volume: 0 });
    }
  });
});
