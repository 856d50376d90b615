import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { currentMusicTrack, initialMusic, musicFeature, musicPositionAt, musicProgressAt, nextMusicTrack, type MusicState } from './music';
import { SANDBOX_MUSIC_TRACKS, trackName } from './music-library';

const reduce = (state: MusicState, ...actions: Parameters<typeof musicFeature.reducer>[1][]) => actions.reduce((s, a) => musicFeature.reducer(s, a), state);
const sandbox = reduce(initialMusic, EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 }));
const JINGLE = 'sandbox://music/jingle';

describe('music reducer', () => {
  it('starts idle with every volume at 100, and offers the built-ins once the sandbox is ready', () => {
    expect(musicFeature.reducer(undefined, { type: 'init' })).toEqual(initialMusic);
    expect(sandbox.tracks).toEqual(SANDBOX_MUSIC_TRACKS);
    expect(reduce(sandbox, EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 2, at: 5 }))).toBe(sandbox);
  });

  it('goes starting, playing, paused, playing, idle, and counts a track played to its end', () => {
    const starting = reduce(sandbox, ConsoleActions.musicPlayRequested({ id: 1, path: JINGLE, at: 100 }));
    expect(starting).toMatchObject({ status: 'starting', current: { id: 1, path: JINGLE }, durationMs: 5_000, lastId: 1 });
    const playing = reduce(starting, EngineActions.musicStarted({ id: 1, at: 200 }));
    expect(playing).toMatchObject({ status: 'playing', positionMs: 0, at: 200 });
    const paused = reduce(playing, ConsoleActions.musicPaused({ at: 1_200 }));
    expect(paused).toMatchObject({ status: 'paused', positionMs: 1_000, at: 1_200 });
    const resumed = reduce(paused, ConsoleActions.musicResumed({ at: 9_000 }));
    expect(musicPositionAt(resumed, 9_500)).toBe(1_500);
    const done = reduce(resumed, EngineActions.musicCompleted({ id: 1, at: 13_000 }));
    expect(done).toMatchObject({ status: 'idle', completions: 1, positionMs: 5_000 });
    expect(reduce(done, ConsoleActions.musicStopped({ at: 13_100 }))).toMatchObject({ status: 'idle', current: null });
  });

  it('keeps the coded error of a failure, and ignores callbacks of another id', () => {
    const starting = reduce(sandbox, ConsoleActions.musicPlayRequested({ id: 2, path: '/missing.mp3', at: 0 }));
    expect(reduce(starting, EngineActions.musicStarted({ id: 1, at: 1 }))).toBe(starting);
    expect(reduce(starting, EngineActions.musicProgressed({ id: 1, positionMs: 9, durationMs: 9, at: 1 }))).toBe(starting);
    const failed = reduce(starting, EngineActions.musicFailed({ id: 2, error: { code: -4001, message: 'cannot open' }, at: 2 }));
    expect(failed).toMatchObject({ status: 'failed', error: { code: -4001 } });
    expect(reduce(failed, ConsoleActions.musicPlayRequested({ id: 3, path: JINGLE, at: 3 })).error).toBeNull();
  });

  it('lets a lost engine take the playing track with it', () => {
    const playing = reduce(sandbox, ConsoleActions.musicPlayRequested({ id: 1, path: JINGLE, at: 0 }), EngineActions.musicStarted({ id: 1, at: 1 }));
    const lost = reduce(playing, EngineActions.engineLost({ reason: 'exit', at: 50, capture: { camera: false, mic: false, share: null } }));
    expect(lost).toMatchObject({ status: 'idle', current: null });
  });

  it('keeps settings and loop, returning the same state for no change', () => {
    const set = reduce(sandbox, ConsoleActions.musicSettingsSet({ publishVolume: 30 }), ConsoleActions.musicSettingsSet({ pitch: 0.5 }), ConsoleActions.musicLoopSet({ loop: true }));
    expect(set).toMatchObject({ publishVolume: 30, playoutVolume: 100, pitch: 0.5, loop: true });
    expect(reduce(set, ConsoleActions.musicLoopSet({ loop: true }))).toBe(set);
    expect(reduce(set, ConsoleActions.musicTrackAdded({ track: SANDBOX_MUSIC_TRACKS[0] }))).toBe(set);
  });
});

describe('music selectors', () => {
  const playing = reduce(sandbox, ConsoleActions.musicPlayRequested({ id: 1, path: JINGLE, at: 0 }), EngineActions.musicStarted({ id: 1, at: 1_000 }));

  it('runs the position on from the last report while playing, never past the end', () => {
    const reported = reduce(playing, EngineActions.musicProgressed({ id: 1, positionMs: 2_000, durationMs: 5_000, at: 3_000 }));
    expect(musicPositionAt(reported, 3_500)).toBe(2_500);
    expect(musicPositionAt(reported, 99_000)).toBe(5_000);
    expect(musicProgressAt(reported, 3_500)).toBe(0.5);
    expect(musicProgressAt(initialMusic, 3_500)).toBe(0);
  });

  it('names the current and the next track of the playlist', () => {
    expect(currentMusicTrack(playing)?.name).toBe('jingle');
    expect(nextMusicTrack(playing)?.name).toBe('corrupt');
    expect(nextMusicTrack(initialMusic)).toBeNull();
    expect(trackName('C:\\Music\\intro.mp3')).toBe('intro.mp3');
    expect(trackName('/home/me/a.wav')).toBe('a.wav');
  });
});
