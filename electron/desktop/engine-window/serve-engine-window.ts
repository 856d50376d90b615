import type { EngineCrashMode, EngineToBroker, MessageEnd } from '../../engine/contract';
import { serveEngine } from '../../engine/engine-endpoint';
import { EngineHost } from '../../engine/engine-host';
import { devUserSigSigner } from '../../engine/signing/dev-user-sig';
import { serveSandboxEngine, type ServedEngine } from '../../engine/serve-sandbox-engine';
import { RealClock, type Clock } from '../../time/clock';
import { loadTrtcEngine, type TrtcLoad } from '../trtc/trtc-engine';
import type { EngineWindowConfig } from './engine-window-launcher';

/** What the engine window runs with. */
export interface EngineWindowDeps {
  crash: (mode: EngineCrashMode) => void;
  clock?: Clock;
  /** Loads Tencent's SDK (a spec stands in for it). */
  loadTrtc?: () => TrtcLoad;
}

/**
 * The engine window's main: serves the chosen engine on its channel. Tencent's SDK when asked for and
 * loadable; otherwise the sandbox's rehearsal, saying why in `ready` so every window can tell the operator
 * (a broadcast tool must not silently run a simulation in place of the real cloud).
 */
export function serveEngineWindow(channel: MessageEnd<unknown, EngineToBroker>, config: EngineWindowConfig, deps: EngineWindowDeps): ServedEngine {
  const clock = deps.clock ?? new RealClock();
  const choice = config.engine;
  if (choice.kind === 'sandbox') return serveSandboxEngine(channel, { scenario: choice.scenario, seed: choice.seed, crash: deps.crash, clock });
  const loaded = (deps.loadTrtc ?? loadTrtcEngine)();
  if (!loaded.ok) {
    return serveSandboxEngine(channel, { scenario: 'rehearsal', crash: deps.crash, clock, notice: `${loaded.reason}; the sandbox cloud runs instead.` });
  }
  const host = new EngineHost(loaded.engine, 'trtc');
  const signer = config.devSecretKey ? devUserSigSigner(config.devSecretKey) : undefined;
  const endpoint = serveEngine({ host, sandbox: null, channel, clock, crash: deps.crash, signer });
  return {
    stop: () => {
      endpoint.close();
      host.dispose();
      loaded.release();
    },
  };
}
