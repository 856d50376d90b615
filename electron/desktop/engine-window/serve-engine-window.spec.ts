import type { EngineToBroker } from '../../engine/contract';
import { ScriptedEngine } from '../../engine/testing/scripted-engine';
import { syncChannel } from '../../engine/testing/stepped-engine';
import { VirtualClock } from '../../time/clock';
import { serveEngineWindow } from './serve-engine-window';

/** Serves an engine window on a synchronous channel and returns what it said first. */
function serve(config: Parameters<typeof serveEngineWindow>[1], loadTrtc?: Parameters<typeof serveEngineWindow>[2]['loadTrtc']) {
  const [brokerEnd, engineEnd] = syncChannel<unknown, EngineToBroker>();
  const heard: EngineToBroker[] = [];
  brokerEnd.listen((m) => heard.push(m as EngineToBroker));
  const served = serveEngineWindow(engineEnd as never, config, { crash: () => {}, clock: new VirtualClock(), loadTrtc });
  return { heard, served, call: (id: number, method: string, args: unknown[]) => brokerEnd.post({ t: 'call', id, method, args } as never) };
}

describe('serveEngineWindow', () => {
  it('runs the sandbox when asked for it', () => {
    const { heard, served } = serve({ engine: { kind: 'sandbox', scenario: 'empty' } });
    expect(heard[0]).toMatchObject({ t: 'ready', kind: 'sandbox' });
    expect(heard[0]).not.toHaveProperty('notice');
    served.stop();
  });

  it('runs Tencent’s SDK when asked for it and it loads, and releases it when stopped', () => {
    const engine = new ScriptedEngine();
    const release = jest.fn();
    const { heard, served } = serve({ engine: { kind: 'trtc' } }, () => ({ ok: true, engine, release }));
    expect(heard[0]).toMatchObject({ t: 'ready', kind: 'trtc', sdkVersion: 'scripted-1.0', sandboxRooms: null });
    served.stop();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('signs userSigs with a development key on Tencent’s cloud, in this window only, as Tencent’s own signer does', () => {
    const engine = new ScriptedEngine();
    const { heard, served, call } = serve({ engine: { kind: 'trtc' }, devSecretKey: 'dev-secret-key' }, () => ({ ok: true, engine, release: () => {} }));
    expect(heard[0]).toMatchObject({ t: 'ready', kind: 'trtc', signsUserSigs: true });
    call(1, 'enterRoom', [{ sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: 20, userSig: '' }, 1]);
    expect(heard.at(-1)).toEqual({ t: 'answer', id: 1, ok: true });
    const [params] = engine.callsTo('enterRoom')[0] as [{ userSig: string }];
    expect(params.userSig).toMatch(/^eJ/);
    expect(JSON.stringify(heard)).not.toContain(params.userSig);
    served.stop();
  });

  it('does not sign without a key on Tencent’s cloud', () => {
    const { heard, served } = serve({ engine: { kind: 'trtc' } }, () => ({ ok: true, engine: new ScriptedEngine(), release: () => {} }));
    expect(heard[0]).toMatchObject({ signsUserSigs: false });
    served.stop();
  });

  it('falls back to the sandbox when Tencent’s SDK does not load, and says why in ready', () => {
    const { heard, served } = serve({ engine: { kind: 'trtc' } }, () => ({ ok: false, reason: "Tencent's TRTC SDK could not be loaded on linux-x64 (no addon)" }));
    expect(heard[0]).toMatchObject({
      t: 'ready',
      kind: 'sandbox',
      notice: "Tencent's TRTC SDK could not be loaded on linux-x64 (no addon); the sandbox cloud runs instead.",
    });
    served.stop();
  });
});
