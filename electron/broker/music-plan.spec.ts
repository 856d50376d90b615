import type { Command } from '@broadcast-core/bridge';
import { EngineActions, initialRoomState, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand } from './command-plan';
import { eventToActions } from './event-to-actions';
import { MUSIC_PROGRESS_ACTION_MS } from './music-events';
import { musicFollowsPlaylist } from './music-follows-playlist';
import { createTestBroker, stateAfter } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

const AT = 10_000;
const JINGLE = 'sandbox://music/jingle';
const WARM_UP = 'sandbox://music/warm-up';
const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
const apply = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);

function accepted(command: Command, state: RoomState, at = AT) {
  const plan = planCommand(command, { state, at, engine: 'sandbox' });
  if ('code' in plan) throw new Error(`refused: ${plan.message}`);
  return { plan, after: apply(state, ...plan.accepted), calls: plan.calls.map(({ method, args }) => ({ method, args })) };
}

const refused = (command: Command, state: RoomState) => planCommand(command, { state, at: AT, engine: 'sandbox' });

/** The state once a track started under id 1 and the engine said it plays. */
function playing(path = JINGLE): RoomState {
  const { after } = accepted({ type: 'startPlayMusic', path }, stateAfter(ready));
  return apply(after, EngineActions.musicStarted({ id: 1, at: AT }));
}

describe('music commands', () => {
  it('starts a playlist track under the next id, published, with the kept volumes and pitch, pending until onMusicStart', () => {
    const tuned = apply(stateAfter(ready), ...accepted({ type: 'setMusicPublishVolume', volume: 40 }, stateAfter(ready)).plan.accepted);
    const { plan, after, calls } = accepted({ type: 'startPlayMusic', path: JINGLE }, tuned);
    expect(plan.pending).toBe(true);
    expect(after.music).toMatchObject({ status: 'starting', current: { id: 1, path: JINGLE }, lastId: 1, durationMs: 5_000 });
    expect(calls).toEqual([
      { method: 'startPlayMusic', args: [{ id: 1, path: JINGLE, loopCount: 0, publish: true, isShortFile: false, startTimeMS: 0, endTimeMS: 0 }] },
      { method: 'setMusicPublishVolume', args: [1, 40] },
      { method: 'setMusicPlayoutVolume', args: [1, 100] },
      { method: 'setMusicPitch', args: [1, 0] },
    ]);
    expect(apply(after, ...plan.failed!({ code: -1, message: 'no' }, AT, 0)).music).toMatchObject({ status: 'failed', error: { code: -1 } });
  });

  it('stops the running track before starting another, under a new id', () => {
    const { after, calls } = accepted({ type: 'startPlayMusic', path: WARM_UP }, playing());
    expect(calls.slice(0, 2)).toEqual([
      { method: 'stopPlayMusic', args: [1] },
      { method: 'startPlayMusic', args: [expect.objectContaining({ id: 2, path: WARM_UP })] },
    ]);
    expect(after.music.current).toEqual({ id: 2, path: WARM_UP });
  });

  it('refuses a path that is not in the playlist, and keeps the built-ins in it', () => {
    expect(refused({ type: 'startPlayMusic', path: '/x.mp3' }, stateAfter(ready))).toMatchObject({ code: 'invalid-state', reason: 'unknownMusicTrack', params: { path: '/x.mp3' } });
    expect(refused({ type: 'removeMusicTrack', path: JINGLE }, stateAfter(ready))).toMatchObject({ reason: 'builtInMusicTrack' });
    const added = accepted({ type: 'addMusicTrack', path: '/home/me/Music/intro.mp3' }, stateAfter(ready));
    expect(added.calls).toEqual([]);
    expect(added.after.music.tracks.at(-1)).toEqual({ path: '/home/me/Music/intro.mp3', name: 'intro.mp3', durationMs: null, builtIn: false });
    expect(accepted({ type: 'removeMusicTrack', path: '/home/me/Music/intro.mp3' }, added.after).after.music.tracks).toEqual(stateAfter(ready).music.tracks);
  });

  it('pauses, resumes, seeks and stops the current id, each only when it applies', () => {
    const state = playing();
    expect(refused({ type: 'resumePlayMusic' }, state)).toMatchObject({ reason: 'noMusic', params: { status: 'paused' } });
    const paused = accepted({ type: 'pausePlayMusic' }, state, AT + 1_500);
    expect(paused.calls).toEqual([{ method: 'pausePlayMusic', args: [1] }]);
    expect(paused.after.music).toMatchObject({ status: 'paused', positionMs: 1_500 });
    expect(refused({ type: 'pausePlayMusic' }, paused.after)).toMatchObject({ reason: 'noMusic', params: { status: 'playing' } });
    const seeked = accepted({ type: 'seekMusicToPosInTime', positionMs: 60_000 }, paused.after);
    expect(seeked.calls).toEqual([{ method: 'seekMusicToPosInTime', args: [1, 5_000] }]);
    const resumed = accepted({ type: 'resumePlayMusic' }, seeked.after);
    expect(resumed.calls).toEqual([{ method: 'resumePlayMusic', args: [1] }]);
    const stopped = accepted({ type: 'stopPlayMusic' }, resumed.after);
    expect(stopped.calls).toEqual([{ method: 'stopPlayMusic', args: [1] }]);
    expect(stopped.after.music).toMatchObject({ status: 'idle', current: null });
    expect(refused({ type: 'stopPlayMusic' }, stopped.after)).toMatchObject({ reason: 'noMusic' });
    expect(refused({ type: 'seekMusicToPosInTime', positionMs: 0 }, stopped.after)).toMatchObject({ reason: 'noMusic' });
  });

  it('keeps volumes and pitch for every track, applying them to the running one', () => {
    expect(accepted({ type: 'setMusicPlayoutVolume', volume: 20 }, stateAfter(ready)).calls).toEqual([]);
    const state = playing();
    expect(accepted({ type: 'setMusicPublishVolume', volume: 70 }, state)).toMatchObject({ calls: [{ method: 'setMusicPublishVolume', args: [1, 70] }], after: { music: { publishVolume: 70 } } });
    expect(accepted({ type: 'setMusicPlayoutVolume', volume: 0 }, state)).toMatchObject({ calls: [{ method: 'setMusicPlayoutVolume', args: [1, 0] }], after: { music: { playoutVolume: 0 } } });
    expect(accepted({ type: 'setMusicPitch', pitch: -0.5 }, state)).toMatchObject({ calls: [{ method: 'setMusicPitch', args: [1, -0.5] }], after: { music: { pitch: -0.5 } } });
  });
});

describe('music events', () => {
  const map = (state: RoomState, event: Parameters<typeof eventToActions>[0], at = AT) => eventToActions(event, { state, at });

  it('settles a start with onMusicStart: playing, or failed with -4001; a late word of another id is dropped', () => {
    const { after } = accepted({ type: 'startPlayMusic', path: JINGLE }, stateAfter(ready));
    expect(map(after, { name: 'onMusicStart', args: [1, 0] })).toEqual([EngineActions.musicStarted({ id: 1, at: AT })]);
    const [failed] = map(after, { name: 'onMusicStart', args: [1, -4001] });
    expect(apply(after, failed).music).toMatchObject({ status: 'failed', error: { code: -4001, message: expect.stringContaining('could not be opened') } });
    expect(map(after, { name: 'onMusicStart', args: [7, 0] })).toEqual([]);
    expect(map(after, { name: 'onMusicComplete', args: [7, 0] })).toEqual([]);
  });

  it('ends a track with onMusicComplete: idle and counted, or failed with -4002', () => {
    const state = playing();
    const done = apply(state, ...map(state, { name: 'onMusicComplete', args: [1, 0] }));
    expect(done.music).toMatchObject({ status: 'idle', completions: 1, current: { id: 1 } });
    const broken = apply(state, ...map(state, { name: 'onMusicComplete', args: [1, -4002] }));
    expect(broken.music).toMatchObject({ status: 'failed', error: { code: -4002 }, completions: 0 });
  });

  it('turns progress four times a second into about one action a second, plus one at once for a jump', () => {
    let state = playing(WARM_UP);
    let actions = 0;
    // Ten seconds of the sandbox's onPlayProgress, every 250 ms, on time.
    for (let t = 250; t <= 10_000; t += 250) {
      const out = map(state, { name: 'onMusicPlayProgress', args: [1, t, 30_000] }, AT + t);
      actions += out.length;
      state = apply(state, ...out);
    }
    expect(actions).toBeLessThanOrEqual(10_000 / MUSIC_PROGRESS_ACTION_MS + 1);
    expect(actions).toBeGreaterThanOrEqual(9);
    // The reported position stalls 2 s behind the clock: windows are told at once.
    expect(map(state, { name: 'onMusicPlayProgress', args: [1, 8_000, 30_000] }, AT + 10_250)).toHaveLength(1);
  });

  it('learns a local file\'s length from progress, on the playlist too', () => {
    const added = accepted({ type: 'addMusicTrack', path: '/m/a.mp3' }, stateAfter(ready)).after;
    const started = apply(accepted({ type: 'startPlayMusic', path: '/m/a.mp3' }, added).after, EngineActions.musicStarted({ id: 1, at: AT }));
    const after = apply(started, ...map(started, { name: 'onMusicPlayProgress', args: [1, 250, 8_000] }, AT + 250));
    expect(after.music.durationMs).toBe(8_000);
    expect(after.music.tracks.find((t) => t.path === '/m/a.mp3')?.durationMs).toBe(8_000);
  });
});

describe('the playlist follow', () => {
  const complete = (state: RoomState) => apply(state, EngineActions.musicCompleted({ id: state.music.current!.id, at: AT }));

  it('plays the next track when one ends, and stops after the last', () => {
    const before = playing(JINGLE); // jingle, then corrupt, in the built-in order
    const plan = musicFollowsPlaylist(before, complete(before), AT);
    expect(plan?.calls[0]).toMatchObject({ method: 'startPlayMusic', args: [expect.objectContaining({ id: 2, path: 'sandbox://music/corrupt' })] });
    const last = playing('sandbox://music/corrupt');
    expect(musicFollowsPlaylist(last, complete(last), AT)).toBeNull();
  });

  it('plays the same track again with loop on, and follows no failure, stop or other change', () => {
    const before = apply(playing(JINGLE), ...accepted({ type: 'setMusicLoop', loop: true }, playing(JINGLE)).plan.accepted);
    expect(musicFollowsPlaylist(before, complete(before), AT)?.calls[0]).toMatchObject({ args: [expect.objectContaining({ id: 2, path: JINGLE })] });
    expect(musicFollowsPlaylist(before, apply(before, EngineActions.musicFailed({ id: 1, error: { code: -4002, message: '' }, at: AT })), AT)).toBeNull();
    expect(musicFollowsPlaylist(before, accepted({ type: 'stopPlayMusic' }, before).after, AT)).toBeNull();
    expect(musicFollowsPlaylist(before, before, AT)).toBeNull();
  });

  it('runs in the broker: an observer callback through the engine host ends a looping track and starts it again', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    w.command('loop', { type: 'setMusicLoop', loop: true });
    w.command('play', { type: 'startPlayMusic', path: JINGLE });
    t.engine.emit({ name: 'onMusicStart', args: [1, 0] });
    t.engine.emit({ name: 'onMusicComplete', args: [1, 0] });
    w.flush();
    expect(t.engine.calls.filter((c) => c.method === 'startPlayMusic').map((c) => c.args[0])).toEqual([
      expect.objectContaining({ id: 1, path: JINGLE }),
      expect.objectContaining({ id: 2, path: JINGLE }),
    ]);
    expect(w.state.music).toMatchObject({ status: 'starting', current: { id: 2 }, completions: 1 });
  });
});

describe('music room state', () => {
  it('lists the sandbox built-ins only on the sandbox, keeping added files', () => {
    expect(initialRoomState().music.tracks).toEqual([]);
    const sandbox = stateAfter(ready);
    expect(sandbox.music.tracks.map((t) => t.name)).toEqual(['warm-up', 'interlude', 'jingle', 'corrupt']);
    const added = accepted({ type: 'addMusicTrack', path: '/a.mp3' }, sandbox).after;
    const tencent = apply(added, EngineActions.engineReady({ kind: 'trtc', sdkVersion: 'y', generation: 2, at: 1 }));
    expect(tencent.music.tracks.map((t) => t.path)).toEqual(['/a.mp3']);
  });
});
