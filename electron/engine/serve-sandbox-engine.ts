import type { Clock } from '../time/clock';
import { RealClock } from '../time/clock';
import type { EngineCrashMode, EngineToBroker, MessageEnd } from './contract';
import { serveEngine } from './engine-endpoint';
import { createSandboxEngine } from './sandbox-engine';

/** What the engine side of a sandbox needs to start. */
export interface SandboxEngineConfig {
  /** The rehearsal to play (`rehearsal`, `still`, `empty`); none when left out. */
  scenario?: string;
  seed?: number;
  /** Why the sandbox runs instead of the engine that was asked for, if it does. */
  notice?: string;
}

/** A served engine, as its starter sees it. */
export interface ServedEngine {
  /** Stops serving and releases the engine. */
  stop(): void;
}

/**
 * The engine side's main for the sandbox: makes the sandbox cloud, the console's client and the
 * scenario, and serves them on `channel`. `crash` is how this side dies when asked to on purpose.
 */
export function serveSandboxEngine(
  channel: MessageEnd<unknown, EngineToBroker>,
  config: SandboxEngineConfig & { crash: (mode: EngineCrashMode) => void; clock?: Clock },
): ServedEngine {
  const clock = config.clock ?? new RealClock();
  const sandbox = createSandboxEngine({ clock, seed: config.seed, scenario: config.scenario });
  const endpoint = serveEngine({ host: sandbox.host, sandbox: sandbox.cloud, channel, clock, crash: config.crash, notice: config.notice });
  return {
    stop: () => {
      endpoint.close();
      sandbox.dispose();
    },
  };
}
