import type { EngineLauncher, EngineProcess } from '../engine/contract';
import { RecordingSandboxAdmin } from '../engine/testing/scripted-engine';
import { SteppedEngine, syncChannel } from '../engine/testing/stepped-engine';
import { VirtualClock } from '../time/clock';
import type { EngineNotice } from './engine-link';
import { DEFAULT_TIMING, EngineSupervisor } from './engine-supervisor';

const { heartbeatMs, silenceMs, startupMs, restartDelaysMs, stableMs } = DEFAULT_TIMING;

/** A supervisor over stepped engines on a virtual clock, with its notices in words. */
function supervised() {
  const clock = new VirtualClock();
  const stepped = new SteppedEngine(new RecordingSandboxAdmin(), clock);
  const supervisor = new EngineSupervisor(stepped.launch, clock);
  const notices: EngineNotice[] = [];
  supervisor.notices$.subscribe((n) => notices.push(n));
  const said = () => notices.map((n) => (n.kind === 'message' ? n.message.t : n.kind === 'lost' ? `lost ${n.restartInMs}` : `started ${n.generation}`));
  supervisor.start();
  return { clock, stepped, supervisor, notices, said };
}

/** An engine that never says a word, to time the startup limit. */
const mute: EngineLauncher = () => {
  const [brokerEnd] = syncChannel<unknown, never>();
  return { channel: brokerEnd, openViewer: () => syncChannel<Uint8Array, never>()[0] as never, onExit: () => {}, terminate: async () => {} } as unknown as EngineProcess;
};

describe('EngineSupervisor', () => {
  it('launches an engine and passes on its messages, minus the heartbeat', () => {
    const t = supervised();
    t.clock.advance(10 * heartbeatMs);
    expect(t.said()).toEqual(['started 1', 'ready']);
    expect(t.supervisor.current).toBe(1);
  });

  it('tells an engine that exits or throws at once, and starts a fresh one right away', () => {
    const t = supervised();
    t.stepped.crash('throw');
    expect(t.notices.at(-1)).toEqual({ kind: 'lost', reason: 'the engine threw: crashed on purpose (sandbox.crashEngine)', restartInMs: 0 });
    expect(t.supervisor.current).toBeNull();
    expect(t.supervisor.send({ t: 'ping', n: 1 })).toBe(false);
    t.clock.advance(0);
    expect(t.said().slice(-2)).toEqual(['started 2', 'ready']);
    expect(t.stepped.generations[0].dead).toBe(true);
  });

  it('declares a silent engine lost within a second: the silence limit plus at most one heartbeat', () => {
    const t = supervised();
    t.clock.advance(heartbeatMs);
    t.stepped.hang();
    const hungAt = t.clock.now();
    while (!t.notices.some((n) => n.kind === 'lost')) t.clock.advance(10);
    const took = t.clock.now() - hungAt;
    expect(took).toBeGreaterThan(silenceMs - heartbeatMs);
    expect(took).toBeLessThanOrEqual(1_000);
    expect(t.notices.find((n) => n.kind === 'lost')).toMatchObject({ reason: expect.stringMatching(/stopped answering for (0\.\d|1\.0) s/) });
  });

  it('gives a fresh engine time to start, and says so when it never does', () => {
    const clock = new VirtualClock();
    const supervisor = new EngineSupervisor(mute, clock);
    const notices: EngineNotice[] = [];
    supervisor.notices$.subscribe((n) => notices.push(n));
    supervisor.start();
    clock.advance(startupMs - heartbeatMs);
    expect(notices.map((n) => n.kind)).toEqual(['started']);
    clock.advance(2 * heartbeatMs);
    expect(notices.find((n) => n.kind === 'lost')).toMatchObject({ reason: expect.stringMatching(/did not start within 15\.\d s/) });
  });

  it('does not blame the engine for this thread being held up', () => {
    const t = supervised();
    t.clock.advance(heartbeatMs);
    t.clock.stall(5 * silenceMs);
    t.clock.advance(3 * heartbeatMs);
    expect(t.notices.some((n) => n.kind === 'lost')).toBe(false);
  });

  it('restarts an engine that keeps dying less and less often, and forgives one that ran for a while', () => {
    const t = supervised();
    const delays: number[] = [];
    for (let i = 0; i < restartDelaysMs.length + 1; i++) {
      t.stepped.crash();
      const lost = t.notices.at(-1) as Extract<EngineNotice, { kind: 'lost' }>;
      delays.push(lost.restartInMs);
      t.clock.advance(lost.restartInMs);
    }
    expect(delays).toEqual([...restartDelaysMs, restartDelaysMs.at(-1)]);
    t.clock.advance(stableMs);
    t.stepped.crash();
    expect(t.notices.at(-1)).toMatchObject({ kind: 'lost', restartInMs: restartDelaysMs[0] });
  });

  it('counts malformed engine messages and passes none of them on', () => {
    const clock = new VirtualClock();
    const [brokerEnd, engineEnd] = syncChannel<unknown, unknown>();
    const launcher: EngineLauncher = () => ({ channel: brokerEnd as never, openViewer: () => null as never, onExit: () => {}, terminate: async () => {} });
    const supervisor = new EngineSupervisor(launcher, clock);
    const kinds: string[] = [];
    supervisor.notices$.subscribe((n) => kinds.push(n.kind));
    supervisor.start();
    engineEnd.post({ t: 'event', event: { name: 'onEnterRoom', args: ['not a number'] } });
    engineEnd.post({ t: 'answer', id: 1, ok: false });
    engineEnd.post({ t: 'event', event: { name: 'onNoSuchCallback', args: [] } });
    engineEnd.post('text');
    expect(supervisor.malformed).toBe(4);
    expect(kinds).toEqual(['started']);
  });

  it('stops for good: the engine is terminated, notices complete, nothing restarts', async () => {
    const t = supervised();
    let completed = false;
    t.supervisor.notices$.subscribe({ complete: () => (completed = true) });
    await t.supervisor.stop();
    expect(completed).toBe(true);
    expect(t.stepped.current.dead).toBe(true);
    t.clock.advance(60_000);
    expect(t.stepped.generations).toHaveLength(1);
    expect(t.clock.pendingTimers()).toBe(0);
  });
});
