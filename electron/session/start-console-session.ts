import { Broker } from '../broker/broker';
import { EngineSupervisor, type SupervisorTiming } from '../broker/engine-supervisor';
import type { ViewerRouting } from '../broker/viewer-routing';
import type { EngineKind, EngineLauncher, EngineProcess } from '../engine/contract';
import { RealClock, type Clock } from '../time/clock';
import { ViewerRelay } from './viewer-relay';

/** Which engine to run: the embedded sandbox cloud (with a rehearsal scenario), or Tencent's SDK. */
export type EngineChoice = { kind: 'sandbox'; scenario?: string; seed?: number } | { kind: 'trtc' };

/** What a host brings to a session: the engine it wants, and how it runs an engine of that choice. */
export interface ConsoleSessionOptions<P extends EngineProcess = EngineProcess> {
  engine: EngineChoice;
  /** Starts a fresh engine of the choice wherever this host runs engines (a worker thread, a hidden window). */
  launcherFor: (choice: EngineChoice) => EngineLauncher<P>;
  /** How windows' frames reach them: relayed over each window's link by default; a host that can hand ports to windows does better. */
  viewersFor?: (supervisor: EngineSupervisor<P>) => ViewerRouting & { dispose(): void };
  clock?: Clock;
  /** The broker's clock for action timestamps (the clock's own time by default). */
  now?: () => number;
  /** Heartbeat and restart timing (specs shorten it). */
  timing?: Partial<SupervisorTiming>;
  /** The byte budget per window (specs shrink it). */
  windowBudgetBytes?: number;
}

/** A running console session: the broker, the supervised engine behind it, and how windows reach both. */
export interface ConsoleSession<P extends EngineProcess = EngineProcess> {
  readonly broker: Broker;
  readonly supervisor: EngineSupervisor<P>;
  /** Leaves the room cleanly, then stops the engine. */
  shutdown(): Promise<void>;
}

/**
 * Assembles a session for either host: a supervised engine behind the engine contract, the broker over
 * it, and a frame channel per window to the engine side. The host adds only its transports: how windows
 * connect (`broker.connect`) and how engines run (`launcherFor`).
 */
export function startConsoleSession<P extends EngineProcess = EngineProcess>(options: ConsoleSessionOptions<P>): ConsoleSession<P> {
  const clock = options.clock ?? new RealClock();
  const kind: EngineKind = options.engine.kind;
  const supervisor = new EngineSupervisor<P>(options.launcherFor(options.engine), clock, options.timing);
  const viewers = options.viewersFor?.(supervisor) ?? new ViewerRelay(supervisor);
  const broker = new Broker(supervisor, { engine: kind, clock, now: options.now, viewers, windowBudgetBytes: options.windowBudgetBytes });
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
