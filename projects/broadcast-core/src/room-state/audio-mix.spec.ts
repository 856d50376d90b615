import { TRTCAudioQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { audioMixFeature, initialAudioMix, remoteVolumeOf } from './audio-mix';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';

const reduce = audioMixFeature.reducer;

describe('audioMix reducer', () => {
  it('starts at the SDK defaults', () => {
    expect(reduce(undefined, { type: 'init' })).toEqual(initialAudioMix);
    expect(initialAudioMix).toMatchObject({ quality: TRTCAudioQuality.TRTCAudioQualityDefault, captureVolume: 100, playoutVolume: 100, earMonitor: false });
  });

  it('keeps a remote volume by user key, drops it at 100, and returns the same state for no change', () => {
    const set = reduce(initialAudioMix, ConsoleActions.remoteVolumeSet({ userId: 'constructor', volume: 40 }));
    expect(set.remoteVolumes).toEqual({ 'u:constructor': 40 });
    expect(remoteVolumeOf(set, 'constructor')).toBe(40);
    expect(remoteVolumeOf(set, 'toString')).toBe(100);
    expect(reduce(set, ConsoleActions.remoteVolumeSet({ userId: 'constructor', volume: 40 }))).toBe(set);
    expect(reduce(set, ConsoleActions.remoteVolumeSet({ userId: 'constructor', volume: 100 })).remoteVolumes).toEqual({});
  });

  it('merges device changes from commands and callbacks, field by field', () => {
    const muted = reduce(initialAudioMix, ConsoleActions.micDeviceSet({ muted: true }));
    expect(muted.micDevice).toEqual({ volume: 100, muted: true });
    const reported = reduce(muted, EngineActions.micDeviceVolumeChanged({ volume: 30, muted: true }));
    expect(reported.micDevice).toEqual({ volume: 30, muted: true });
    expect(reduce(reported, EngineActions.micDeviceVolumeChanged({ volume: 30, muted: true }))).toBe(reported);
    expect(reduce(reported, ConsoleActions.speakerDeviceSet({ volume: 10 })).speakerDevice).toEqual({ volume: 10, muted: false });
  });

  it('forgets remote volumes when the room is left but keeps the other settings', () => {
    let s = reduce(initialAudioMix, ConsoleActions.captureVolumeSet({ volume: 70 }));
    s = reduce(s, ConsoleActions.remoteVolumeSet({ userId: 'guest', volume: 5 }));
    const left = reduce(s, EngineActions.roomExited({ reason: 0, at: 1 }));
    expect(left.remoteVolumes).toEqual({});
    expect(left.captureVolume).toBe(70);
  });
});
