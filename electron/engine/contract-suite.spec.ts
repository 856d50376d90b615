import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID, decodeFrame } from '@broadcast-core/bridge';

import { EngineSupervisor } from '../broker/engine-supervisor';
import { RealClock } from '../time/clock';
import { parseEngineToBroker, type EngineLauncher, type EngineProcess, type EngineToBroker } from './contract';
import { inProcessEngineLauncher } from './pairs/in-process-engine';
import { workerEngineLauncher } from './pairs/worker-engine';
import { serveSandboxEngine } from './serve-sandbox-engine';

// One suite, run against both pairs: the engine in the same thread (specs) and in a worker thread (the
// browser host). Each pair runs the real sandbox engine on the real clock behind the real endpoint.

const PAIRS: [string, () => EngineLauncher][] = [
  ['in-process pair', () => inProcessEngineLauncher((channel, crash) => serveSandboxEngine(channel, { scenario: 'still', seed: 3, crash }))],
  ['worker pair', () => workerEngineLauncher({ scenario: 'still', seed: 3 })],
];

const ENTER = {
  sdkAppId: SANDBOX_SDK_APP_ID,
  roomId: 29834,
  userId: 'contract_host',
  role: TRTCRoleType.TRTCRoleAnchor,
  userSig: '',
};

/** An engine under test: what it sent (validated), and ways to wait for it. */
class Probe {
  readonly received: EngineToBroker[] = [];
  readonly malformed: unknown[] = [];
  private waiters: (() => void)[] = [];
  private nextId = 1;

  constructor(readonly engine: EngineProcess) {
    engine.channel.listen((raw) => {
      const parsed = parseEngineToBroker(raw);
      if (parsed.ok) this.received.push(parsed.message);
      else this.malformed.push(raw);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Resolves with the first message (from `from` on) that matches, waiting up to `ms`. */
  async next<T extends EngineToBroker>(match: (m: EngineToBroker) => m is T, from = 0, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching engine message within ${ms} ms; got ${this.received.map((m) => m.t).join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Calls a method and waits for its answer. */
  async call(method: string, args: unknown[], group?: number): Promise<Extract<EngineToBroker, { t: 'answer' }>> {
    const id = this.nextId++;
    const from = this.received.length;
    this.engine.channel.post({ t: 'call', id, method: method as never, args, ...(group === undefined ? {} : { group }) });
    return this.next((m): m is Extract<EngineToBroker, { t: 'answer' }> => m.t === 'answer' && m.id === id, from);
  }
}

/** Waits until the engine reported a sandbox room with this id (the scenario's participants enter after a short latency). */
function roomsWith(probe: Probe, roomId: number) {
  return probe.next((m): m is EngineToBroker => m.t === 'sandbox-rooms' && m.rooms.some((r) => r.roomId === roomId));
}

const isEvent = (name: string) => (m: EngineToBroker): m is Extract<EngineToBroker, { t: 'event' }> => m.t === 'event' && m.event.name === name;

describe.each(PAIRS)('the engine contract over the %s', (_name, makeLauncher) => {
  jest.setTimeout(30_000);
  let engine: EngineProcess;
  let probe: Probe;

  beforeEach(() => {
    engine = makeLauncher()();
    probe = new Probe(engine);
  });

  afterEach(async () => {
    await engine.terminate();
  });

  it('starts with ready: the kind, the SDK version, the devices and the sandbox rooms, then reports rooms as they fill', async () => {
    const ready = await probe.next((m): m is Extract<EngineToBroker, { t: 'ready' }> => m.t === 'ready');
    expect(probe.received[0]).toBe(ready);
    expect(ready.kind).toBe('sandbox');
    expect(ready.sdkVersion).toMatch(/sandbox/);
    expect(ready.devices.cameras.length).toBeGreaterThan(0);
    expect(ready.devices.camera).toBe(ready.devices.cameras[0].deviceId);
    expect(ready.sandboxRooms).toEqual([]);
    await roomsWith(probe, 978);
  });

  it('answers every call once, signs the userSig on the engine side, and sends callbacks in the order they happened', async () => {
    expect(await probe.call('startLocalPreview', [null])).toEqual({ t: 'answer', id: 1, ok: true });
    const from = probe.received.length;
    expect(await probe.call('enterRoom', [ENTER, TRTCAppScene.TRTCAppSceneLIVE])).toMatchObject({ ok: true });
    const entered = await probe.next(isEvent('onEnterRoom'), from);
    expect(entered.event.args[0]).toBeGreaterThan(0);
    // The anchor already in 29834 is seen after the entry, never before it.
    const anchor = await probe.next(isEvent('onRemoteUserEnterRoom'), from);
    expect(probe.received.indexOf(anchor)).toBeGreaterThan(probe.received.indexOf(entered));
    expect(JSON.stringify(probe.received)).not.toMatch(/TLS|eJ/);
  });

  it('refuses what is not on the allow-list, sandbox-only calls stay sandbox-only, and a failed call stops its group', async () => {
    expect(await probe.call('destroy', [])).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await probe.call('sandbox.removeUser', [29834, 'nobody'])).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no user "nobody" in room 29834' } });
    expect(await probe.call('sandbox.dismissRoom', [424242], 9)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await probe.call('startLocalAudio', [], 9)).toMatchObject({ ok: false, error: { code: 'skipped' } });
    expect(await probe.call('startLocalAudio', [], 10)).toMatchObject({ ok: true });
  });

  it('answers a broken message with a typed error and goes on serving', async () => {
    const from = probe.received.length;
    engine.channel.post({ t: 'call', id: 77, method: 'startLocalAudio', args: 'not a list' } as never);
    engine.channel.post({ t: 'nonsense' } as never);
    expect(await probe.next((m): m is EngineToBroker => m.t === 'answer' && m.id === 77, from)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await probe.next((m): m is EngineToBroker => m.t === 'fault', from)).toMatchObject({ error: { code: 'malformed' } });
    expect(await probe.call('stopLocalAudio', [])).toMatchObject({ ok: true });
    expect(probe.malformed).toEqual([]);
  });

  it('answers a ping with a pong', async () => {
    engine.channel.post({ t: 'ping', n: 41 });
    await probe.next((m): m is EngineToBroker => m.t === 'pong' && m.n === 41);
  });

  it('reports the sandbox rooms before the answer of the admin call that changed them', async () => {
    await roomsWith(probe, 978);
    const from = probe.received.length;
    const answer = await probe.call('sandbox.dismissRoom', [978]);
    expect(answer.ok).toBe(true);
    const rooms = probe.received.slice(from).findIndex((m) => m.t === 'sandbox-rooms');
    const answered = probe.received.slice(from).indexOf(answer);
    expect(rooms).toBeGreaterThanOrEqual(0);
    expect(rooms).toBeLessThan(answered);
  });

  it('sends frames to a viewer on its own port, at most two in flight until it acks, each in a buffer of its own', async () => {
    const port = engine.openViewer('w1');
    const frames: Uint8Array[] = [];
    port.listen((bytes) => frames.push(bytes));
    port.post({ t: 'subscribe', stream: 'local' });
    await probe.call('startLocalPreview', [null]);
    const deadline = Date.now() + 10_000;
    while (frames.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    expect(frames).toHaveLength(2);
    const decoded = frames.map((f) => decodeFrame(f));
    expect(decoded.map((f) => f?.stream)).toEqual(['local', 'local']);
    expect(decoded[1]!.frameNo).toBe(2);
    expect(frames[0].buffer).not.toBe(frames[1].buffer);
    port.post({ t: 'frame-ack', stream: 'local' });
    const more = Date.now() + 5_000;
    while (frames.length < 3 && Date.now() < more) await new Promise((r) => setTimeout(r, 20));
    expect(frames.length).toBe(3);
    expect(decodeFrame(frames[2])!.frameNo).toBeGreaterThan(2);
    port.close();
  });

  it.each(['exit', 'throw'] as const)('tells its owner when it dies on purpose (%s), after answering', async (mode) => {
    const exited = new Promise<string>((resolve) => engine.onExit(resolve));
    expect(await probe.call('sandbox.crashEngine', [mode])).toMatchObject({ ok: true });
    expect(await exited).toMatch(mode === 'exit' ? /exited/ : /threw/);
  });
});

describe.each(PAIRS)('a supervised engine over the %s', (_name, makeLauncher) => {
  jest.setTimeout(30_000);

  it('is replaced within about a second when it hangs, and the fresh one says ready', async () => {
    const supervisor = new EngineSupervisor(makeLauncher(), new RealClock());
    const notices: string[] = [];
    let lostAt = 0;
    let hungAt = 0;
    const ready = (generation: number) =>
      new Promise<void>((resolve) =>
        supervisor.notices$.subscribe((n) => {
          if (n.kind === 'message' && n.message.t === 'ready' && supervisor.current === generation) resolve();
        }),
      );
    supervisor.notices$.subscribe((n) => {
      notices.push(n.kind === 'message' ? n.message.t : n.kind);
      if (n.kind === 'lost') lostAt = Date.now();
    });
    const first = ready(1);
    supervisor.start();
    await first;
    const second = ready(2);
    hungAt = Date.now();
    supervisor.send({ t: 'call', id: 1, method: 'sandbox.crashEngine', args: ['hang'] });
    await second;
    await supervisor.stop();
    expect(lostAt - hungAt).toBeLessThan(1_500);
    expect(notices.filter((n) => n === 'started' || n === 'lost' || n === 'ready')).toEqual(['started', 'ready', 'lost', 'started', 'ready']);
  });
});
