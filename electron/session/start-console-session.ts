import { Broker } from '../broker/broker';
import { EngineSupervisor, type SupervisorTiming } from '../broker/engine-supervisor';
import type { EngineKind, EngineLauncher } from '../engine/contract';
import { RealClock, type Clock } from '../time/clock';
import { ViewerRelay } from './viewer-relay';

/** Which engine to run: the embedded sandbox cloud (with a rehearsal scenario), or Tencent's SDK. */
export type EngineChoice = { kind: 'sandbox'; scenario?: string; seed?: number } | { kind: 'trtc' };

/** What a host brings to a session: the engine it wants, and how it runs an engine of that choice. */
export interface ConsoleSessionOptions {
  engine: EngineChoice;
  /** Starts a fresh engine of the choice wherever this host runs engines (a worker thread, a hidden window). */
  launcherFor: (choice: EngineChoice) => EngineLauncher;
  clock?: Clock;
  /** The broker's clock for action timestamps (the clock's own time by default). */
  now?: () => number;
  /** Heartbeat and restart timing (specs shorten it). */
  timing?: Partial<SupervisorTiming>;
}

/** A running console session: the broker, the supervised engine behind it, and how windows reach both. */
export interface ConsoleSession {
  readonly broker: Broker;
  readonly supervisor: EngineSupervisor;
  /** Leaves the room cleanly, then stops the engine. */
  shutdown(): Promise<void>;
}

/**
 * Assembles a session for either host: a supervised engine behind the engine contract, the broker over
 * it, and a frame channel per window to the engine side. The host adds only its transports: how windows
 * connect (`broker.connect`) and how engines run (`launcherFor`).
 */
export function startConsoleSession(options: ConsoleSessionOptions): ConsoleSession {
  const clock = options.clock ?? new RealClock();
  const kind: EngineKind = options.engine.kind;
  const supervisor = new EngineSupervisor(options.launcherFor(options.engine), clock, options.timing);
  const viewers = new ViewerRelay(supervisor);
  const broker = new Broker(supervisor, { engine: kind, clock, now: options.now, viewers });
  supervisor.start();
  return {
    broker,
    supervisor,
    shutdown: async () => {
      await broker.shutdown();
      viewers.dispose();
      await supervisor.stop();
    },
  };
}
