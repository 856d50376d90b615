import fc from 'fast-check';

import type { Command, StreamKey } from '@broadcast-core/bridge';
import { bucketEntries, findRemoteUser, pickRoomState, remoteUserKey, voiceLevelOf } from '@broadcast-core/room-state';

import type { SandboxRoomInfo, TRTCEvent } from '../engine/contract';
import { SANDBOX_INSPECTION_PERIOD_MS } from '../engine/engine-endpoint';
import { DEFAULT_TIMING } from './engine-supervisor';
import { CALL_TIMEOUT_MS } from './pending-calls';
import { sandboxRoomSummary } from './sandbox-room-summary';
import { malformedMessage, readableId } from './testing/broken-messages';
import { SECRET_SIG, validCommand, validCommandOf } from './testing/command-arbitraries';
import { REMOTE_USER_IDS, deviceLists, sandboxRooms, trtcEvent, trtcEventNamed } from './testing/event-arbitraries';
import {
  BrokerHistory,
  ENTER_LIVE,
  createTestBroker,
  jsonNormal,
  parseAll,
  voiceVolume as volume,
  type TestBroker,
} from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

const WINDOWS = 3;

type DeviceListsValue = typeof deviceLists extends fc.Arbitrary<infer V> ? V : never;

type Step =
  | { kind: 'event'; event: TRTCEvent }
  | { kind: 'echo'; event: TRTCEvent }
  | { kind: 'devices'; lists: DeviceListsValue }
  /** The sandbox's rooms change; the engine side reports it at its next poll (`poll` runs one now) or after a sandbox command. */
  | { kind: 'rooms'; rooms: SandboxRoomInfo[]; poll: boolean }
  /** The engine holds back its answers (they still come, later, in order), or lets them go again. */
  | { kind: 'hold'; on: boolean }
  /** Some held answers reach the broker, late. */
  | { kind: 'release'; count: number }
  /** A held answer is lost for good. */
  | { kind: 'lose-answer'; pick: number }
  /** Time passes: heartbeats, poll, call timeouts and engine restarts fall due. */
  | { kind: 'time'; ms: number }
  /** The engine dies (exits or throws), or stops answering. */
  | { kind: 'crash'; mode: 'exit' | 'throw' | 'hang' }
  | { kind: 'command'; window: number; command: Command }
  | { kind: 'invalid'; window: number; raw: string }
  | { kind: 'watch'; window: number; stream: StreamKey; on: boolean }
  | { kind: 'deliver'; window: number; count: number }
  | { kind: 'flush'; window: number }
  | { kind: 'drop'; window: number; pick: number }
  | { kind: 'delay'; window: number; pick: number; by: number }
  | { kind: 'reconnect'; window: number }
  | { kind: 'reload'; window: number };

const windowIndex = fc.integer({ min: 0, max: WINDOWS - 1 });
const stream = fc.constantFrom<StreamKey>('local', ...REMOTE_USER_IDS.map((u) => `remote:${u}:big` as StreamKey));

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 30, arbitrary: trtcEvent.map((event) => ({ kind: 'event' as const, event })) },
  { weight: 2, arbitrary: deviceLists.map((lists) => ({ kind: 'devices' as const, lists })) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('rooms' as const), rooms: sandboxRooms, poll: fc.boolean() }) },
  { weight: 3, arbitrary: trtcEvent.map((event) => ({ kind: 'echo' as const, event })) },
  { weight: 20, arbitrary: fc.record({ kind: fc.constant('command' as const), window: windowIndex, command: validCommand }) },
  // The room lifecycle, weighted up so random scripts reach in-room, role switches and PKs often.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('command' as const), window: windowIndex, command: fc.constant(ENTER_LIVE) }) },
  {
    weight: 6,
    arbitrary: fc
      .oneof(...(['onEnterRoom', 'onRemoteUserEnterRoom', 'onSwitchRole', 'onConnectOtherRoom'] as const).map(trtcEventNamed))
      .map((event) => ({ kind: 'event' as const, event })),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      window: windowIndex,
      command: fc.oneof(validCommandOf('switchRole'), validCommandOf('startCoAnchoring'), validCommandOf('stopCoAnchoring'), validCommandOf('connectOtherRoom')),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('invalid' as const), window: windowIndex, raw: malformedMessage.map((m) => m.raw) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('watch' as const), window: windowIndex, stream, on: fc.boolean() }) },
  { weight: 15, arbitrary: fc.record({ kind: fc.constant('deliver' as const), window: windowIndex, count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('flush' as const), window: windowIndex }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('drop' as const), window: windowIndex, pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delay' as const), window: windowIndex, pick: fc.nat(), by: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), window: windowIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), window: windowIndex }) },
  // The engine boundary: late and lost answers, time passing past timeouts, crashes and restarts.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('hold' as const), on: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('release' as const), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lose-answer' as const), pick: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      ms: fc.constantFrom(0, DEFAULT_TIMING.heartbeatMs, SANDBOX_INSPECTION_PERIOD_MS, DEFAULT_TIMING.silenceMs + DEFAULT_TIMING.heartbeatMs, CALL_TIMEOUT_MS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), mode: fc.constantFrom('exit' as const, 'throw' as const, 'hang' as const) }) },
);

/** Queue positions holding actions or results: what a lossy link may lose or reorder (hello and snapshots come with a connection). */
function lossyPositions(w: InMemoryWindow): number[] {
  return w.pendingKinds().flatMap((kind, i) => (kind === 'action' || kind === 'result' ? [i] : []));
}

/** Fails unless the window's shared state equals the broker's at the window's seq. */
function expectReplicaAtItsSeq(w: InMemoryWindow, history: BrokerHistory): void {
  if (w.seq === null) return;
  const expected = history.at(w.seq);
  if (expected === undefined) throw new Error(`window ${w.windowId} is at seq ${w.seq}, which the broker never had`);
  const actual = JSON.stringify(pickRoomState(w.state));
  if (actual !== expected) expect({ seq: w.seq, state: JSON.parse(actual) }).toEqual({ seq: w.seq, state: JSON.parse(expected) });
}

/**
 * Per connection: hello, then a snapshot, then actions numbered one by one; later snapshots repeat
 * the current seq. Returns the messages that break this (one expect per run keeps the loop cheap).
 */
function outOfOrder(sent: readonly string[]): string[] {
  const wrong: string[] = [];
  let seq: number | null = null;
  let greeted = false;
  for (const m of parseAll(sent)) {
    if (m.t === 'hello') {
      greeted = true;
    } else if (m.t === 'snapshot') {
      if (!greeted && m.seq !== seq) wrong.push(`snapshot ${m.seq} while at ${seq}`);
      seq = m.seq;
      greeted = false;
    } else if (m.t === 'action') {
      if (greeted || seq === null || m.seq !== seq + 1) wrong.push(`action ${m.seq} after ${greeted ? 'hello' : seq}`);
      seq = m.seq;
    }
  }
  return wrong;
}

/** The ids of the results sent to a window, from its `from`-th sent message on. */
const resultIds = (w: InMemoryWindow, from = 0) =>
  parseAll(w.sent.slice(from)).flatMap((m) => (m.t === 'result' ? [m.id] : []));

/** Runs one step against the broker and windows, checking what must hold right after it. */
function run(s: Step, t: TestBroker, windows: InMemoryWindow[], n: number, invalidIds: (string | null)[][]): void {
  const { broker, engine } = t;
  switch (s.kind) {
    case 'hold':
      t.stepped.holdAnswers = s.on;
      if (!s.on) t.stepped.release();
      return;
    case 'release':
      t.stepped.release(s.count);
      return;
    case 'lose-answer':
      if (t.stepped.held.length) t.stepped.drop(s.pick % t.stepped.held.length);
      return;
    case 'time':
      t.timers.advance(s.ms);
      return;
    case 'crash':
      if (s.mode === 'hang') t.stepped.hang();
      else t.stepped.crash(s.mode);
      return;
    case 'event':
      engine.emit(s.event);
      return;
    case 'echo':
      // The next engine call answers synchronously, from inside the call, as an engine may.
      engine.onCall = ({ method }) => {
        if (method.startsWith('get')) return;
        engine.onCall = () => {};
        engine.emit(s.event);
      };
      return;
    case 'devices':
      engine.cameras = s.lists.cameras;
      engine.mics = s.lists.mics;
      engine.speakers = s.lists.speakers;
      engine.emit({ name: 'onDeviceChange', args: ['cam-3', 2, 0] });
      return;
    case 'rooms':
      t.admin!.rooms = s.rooms;
      if (s.poll) t.timers.advance(SANDBOX_INSPECTION_PERIOD_MS);
      return;
    case 'command': {
      const id = `cmd-${n}`;
      const before = windows.map((w) => w.sent.length);
      windows[s.window].command(id, s.command);
      // Answered now unless the engine holds its answers or hangs; never to another window.
      const expected = t.stepped.holdAnswers || t.stepped.current.dead ? [[], [id]] : [[id]];
      windows.forEach((w, i) => {
        const ids = resultIds(w, before[i]);
        if (i === s.window) expect(expected).toContainEqual(ids);
        else expect(ids).toEqual([]);
      });
      return;
    }
    case 'invalid': {
      const { seq, state } = broker.snapshot();
      const calls = t.stepped.generations.map((g) => g.engine.calls.length);
      const before = windows.map((w) => w.sent.length);
      windows[s.window].send(s.raw);
      const after = broker.snapshot();
      expect({
        seq: after.seq,
        sameState: after.state === state,
        calls: t.stepped.generations.map((g) => g.engine.calls.length),
        results: windows.map((w, i) => resultIds(w, before[i])),
      }).toEqual({
        seq,
        sameState: true,
        calls,
        results: windows.map((_, i) => (i === s.window ? [readableId(s.raw)] : [])),
      });
      invalidIds[s.window].push(readableId(s.raw));
      return;
    }
    case 'watch':
      windows[s.window].send({ t: s.on ? 'subscribe' : 'unsubscribe', stream: s.stream });
      return;
    case 'deliver':
      for (let i = 0; i < s.count; i++) windows[s.window].deliverNext();
      return;
    case 'flush':
      windows[s.window].flush();
      return;
    case 'drop': {
      const positions = lossyPositions(windows[s.window]);
      if (positions.length) windows[s.window].drop(positions[s.pick % positions.length]);
      return;
    }
    case 'delay': {
      const positions = lossyPositions(windows[s.window]);
      if (positions.length) windows[s.window].delay(positions[s.pick % positions.length], s.by);
      return;
    }
    case 'reconnect':
      windows[s.window].reconnect();
      return;
    case 'reload':
      windows[s.window].reload();
      return;
  }
}

/** Delivers everything everywhere until no window has anything waiting (resync replies included). */
function settle(windows: InMemoryWindow[]): void {
  while (windows.some((w) => w.pending > 0)) for (const w of windows) w.flush();
}

describe('Broker consistency (random interleavings)', () => {
  it('keeps every replica equal to the broker at equal seq, numbers actions one by one, answers each command once, and converges', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 60, size: 'max' }), (steps) => {
        const t = createTestBroker();
        const history = new BrokerHistory(t.broker);
        const windows = Array.from({ length: WINDOWS }, () => new InMemoryWindow(t.broker));
        const invalidIds: (string | null)[][] = windows.map(() => []);

        /** The connection each command went out on: a result is due only while that connection lasts. */
        const sentOn = new Map<string, { window: number; connection: number }>();
        steps.forEach((s, n) => {
          if (s.kind === 'command') sentOn.set(`cmd-${n}`, { window: s.window, connection: windows[s.window].connections });
          run(s, t, windows, n, invalidIds);
          for (const w of windows) expectReplicaAtItsSeq(w, history);
        });

        // Late answers arrive, lost ones time out, a lost engine is replaced, and the next poll shows the rooms as they are now.
        t.stepped.holdAnswers = false;
        t.stepped.release();
        t.timers.advance(CALL_TIMEOUT_MS + Math.max(...DEFAULT_TIMING.restartDelaysMs) + DEFAULT_TIMING.silenceMs + SANDBOX_INSPECTION_PERIOD_MS);
        t.timers.advance(SANDBOX_INSPECTION_PERIOD_MS);
        expect(t.broker.callsInFlight).toBe(0);
        // A window that lost the newest actions learns of the gap from the next one.
        t.engine.emit({ name: 'onWarning', args: [5102, 'heal'] });
        settle(windows);
        const { seq, state } = t.broker.snapshot();
        expect(state.engineInfo.status).toBe('ready');
        expect(state.sandbox.rooms).toEqual(t.admin!.rooms.map(sandboxRoomSummary));
        for (const w of windows) {
          expect(w.seq).toBe(seq);
          expect(w.shared()).toEqual(jsonNormal(state));
          expect(outOfOrder(w.sent)).toEqual([]);
          expect(w.sent.some((text) => text.includes(SECRET_SIG) || text.includes('sig:'))).toBe(false);
        }
        // actions$ numbers every broadcast action one by one.
        expect(history.seqs.filter((s, i) => i > 0 && s !== history.seqs[i - 1] + 1)).toEqual([]);
        expect(history.seqs.at(-1) ?? seq).toBe(seq);
        // Refusals of malformed messages went to their sender with the readable id (or null).
        windows.forEach((w, i) => {
          const commandIds = new Set(steps.flatMap((s, n) => (s.kind === 'command' && s.window === i ? [`cmd-${n}`] : [])));
          expect(resultIds(w).filter((id) => id === null || !commandIds.has(id))).toEqual(invalidIds[i]);
        });
        // A lost engine leaves no pending state behind, and every window follows.
        t.stepped.crash();
        t.timers.advance(Math.max(...DEFAULT_TIMING.restartDelaysMs));
        settle(windows);
        const recovered = t.broker.snapshot().state;
        expect({ session: recovered.session.status, role: recovered.session.pendingRole, pk: recovered.pk.status, engine: recovered.engineInfo.status }).toEqual({
          session: expect.not.stringMatching(/^(entering|exiting)$/),
          role: null,
          pk: 'idle',
          engine: 'ready',
        });
        for (const w of windows) expect(w.shared()).toEqual(jsonNormal(recovered));
        // Every command was answered once, to its sender, unless the sender's connection ended before the answer came.
        for (const [id, { window, connection }] of sentOn) {
          const answered = windows.map((w) => resultIds(w).filter((r) => r === id).length);
          const due = windows[window].connections === connection ? 1 : answered[window];
          expect({ id, answered }).toEqual({ id, answered: windows.map((_, i) => (i === window ? due : 0)) });
          expect(answered[window]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('shows a pending state in every window at once when a command is accepted', () => {
    const t = createTestBroker();
    const windows = [new InMemoryWindow(t.broker), new InMemoryWindow(t.broker)];
    windows.forEach((w) => w.flush());
    windows[0].command('enter', ENTER_LIVE);
    windows.forEach((w) => w.flush());
    for (const w of windows) expect(w.state.session.status).toBe('entering');
    expect(windows[1].results).toEqual([]);
    expect(windows[0].results).toEqual([{ t: 'result', id: 'enter', ok: true }]);
  });

  it('orders an event the engine emits from inside a command call after the acceptance, and the result after both', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    t.engine.onCall = ({ method }) => {
      if (method === 'enterRoom') t.engine.emit({ name: 'onEnterRoom', args: [12] });
    };
    w.command('enter', ENTER_LIVE);
    expect(parseAll(w.sent.slice(2)).map((m) => (m.t === 'action' ? m.action.type : m.t))).toEqual([
      '[Console] Enter Room Requested',
      '[Engine] Room Entered',
      'result',
    ]);
    w.flush();
    expect(w.state.session.status).toBe('in-room');
  });

  it('resyncs a window that missed an action, with exactly one snapshot request', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['anna'] });
    t.engine.emit({ name: 'onUserVideoAvailable', args: ['anna', 1] });
    t.engine.emit({ name: 'onUserAudioAvailable', args: ['anna', 1] });
    w.drop(0);
    w.flush();
    expect(w.resyncRequests).toBe(1);
    expect(w.seq).toBe(t.broker.snapshot().seq);
    expect(w.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
    expect(findRemoteUser(w.state.remoteUsers, 'anna')).toMatchObject({ videoAvailable: true, audioAvailable: true });
  });

  it('catches a reconnected window up from its snapshot, ignoring what was queued on the old link', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['ben'] });
    w.reconnect();
    t.engine.emit({ name: 'onUserAudioAvailable', args: ['ben', 1] });
    expect(w.pendingKinds()).toEqual(['hello', 'snapshot', 'action']);
    w.flush();
    expect(w.resyncRequests).toBe(0);
    expect(w.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
  });

  // A TRTC userId may be any of letters, digits, '_' and '-': 'constructor' and '__proto__' are valid
  // userIds, and the remote users slice must hold them like any other.
  it.each(['constructor', '__proto__', 'toString'])('keeps a remote user named %s in step between the broker and a window that loaded a snapshot', (userId) => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    t.engine.emit({ name: 'onRemoteUserEnterRoom', args: [userId] });
    t.engine.emit({ name: 'onUserVoiceVolume', args: [[volume(userId, 40)], 1, 40] });
    w.reload();
    w.flush();
    // The local level changes, so the action goes out, and every replica walks its remote users.
    t.engine.emit({ name: 'onUserVoiceVolume', args: [[volume(userId, 10), volume('', 30)], 2, 30] });
    w.flush();
    expect(w.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
    const { remoteUsers } = jsonNormal(t.broker.snapshot().state);
    expect(remoteUsers.ids).toEqual([remoteUserKey(userId)]);
    expect(bucketEntries(remoteUsers.users).map(([key]) => key)).toEqual([remoteUserKey(userId)]);
    expect(findRemoteUser(remoteUsers, userId)).toMatchObject({ userId });
    expect(voiceLevelOf(jsonNormal(t.broker.snapshot().state).remoteMeters.voice, userId)).toBe(10);
    expect(bucketEntries(jsonNormal(t.broker.snapshot().state).remoteMeters.voice)).toEqual([[remoteUserKey(userId), 10]]);
  });
});

describe('Broker whole-state fan-out (the benchmarks’ baseline)', () => {
  it('sends every change as a whole snapshot, and windows stay equal to the broker', () => {
    const t = createTestBroker();
    const broker = new (t.broker.constructor as typeof import('./broker').Broker)(
      { notices$: t.session.supervisor.notices$, send: (m) => t.session.supervisor.send(m) },
      { engine: 'sandbox', fanOut: 'whole-state' },
    );
    const w = new InMemoryWindow(broker);
    w.flush();
    t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['anna'] });
    t.engine.emit({ name: 'onUserAudioAvailable', args: ['anna', 1] });
    expect(w.pendingKinds()).toEqual(['snapshot', 'snapshot']);
    w.flush();
    expect(w.shared()).toEqual(jsonNormal(broker.snapshot().state));
    expect(w.seq).toBe(broker.snapshot().seq);
  });
});
