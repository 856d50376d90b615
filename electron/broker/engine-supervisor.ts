import { Subject, type Observable } from 'rxjs';

import {
  parseEngineToBroker,
  type BrokerToEngineMessage,
  type EngineLauncher,
  type EngineProcess,
  type MessageEnd,
  type ViewerToEngine,
} from '../engine/contract';
import type { Clock, TimerHandle } from '../time/clock';
import type { EngineLink, EngineNotice } from './engine-link';

/** Heartbeat and restart timing; the defaults suit production. */
export interface SupervisorTiming {
  /** How often the engine is pinged. */
  heartbeatMs: number;
  /** Silence after which a running engine is declared lost. */
  silenceMs: number;
  /** How long a fresh engine may take to say its first word (loading code, making the sandbox). */
  startupMs: number;
  /** Waits before each restart after consecutive losses; the last one repeats. */
  restartDelaysMs: readonly number[];
  /** An engine that ran this long without dying resets the restart backoff. */
  stableMs: number;
}

/**
 * Ping every 200 ms and give up after 800 ms of silence: a crash (exit, throw) is reported by the
 * process at once, and a frozen engine is caught within a second (800 ms plus at most one ping
 * interval). A fresh engine gets 15 s for its first word, since loading code on a busy machine is slow.
 * The first restart is immediate; an engine that keeps dying is restarted less and less often, so a
 * broken setup does not spin a core.
 */
export const DEFAULT_TIMING: SupervisorTiming = {
  heartbeatMs: 200,
  silenceMs: 800,
  startupMs: 15_000,
  restartDelaysMs: [0, 1_000, 3_000, 10_000],
  stableMs: 30_000,
};

interface Running<P extends EngineProcess> {
  process: P;
  generation: number;
  startedAt: number;
  lastHeardAt: number;
  /** It has said something since it started. */
  spoke: boolean;
  stopListening: () => void;
}

/**
 * Runs one engine at a time behind the engine contract and keeps one running: validates what it sends
 * (a malformed message is counted and changes nothing), pings it, and replaces it when it exits, throws
 * or falls silent. The broker sees only `EngineLink` notices, in order.
 */
export class EngineSupervisor<P extends EngineProcess = EngineProcess> implements EngineLink {
  private readonly noticesSubject = new Subject<EngineNotice>();
  private readonly timing: SupervisorTiming;
  private running: Running<P> | null = null;
  private generation = 0;
  private quickLosses = 0;
  private ping = 0;
  private heartbeat: TimerHandle | null = null;
  private lastTickAt = 0;
  private restartTimer: TimerHandle | undefined;
  private stopped = false;
  /** Messages from the engine that failed the contract, for diagnostics. */
  malformed = 0;

  /** Notices in order: started, the engine's messages, lost. Completes on stop. */
  readonly notices$: Observable<EngineNotice> = this.noticesSubject.asObservable();

  constructor(
    private readonly launch: EngineLauncher<P>,
    private readonly clock: Clock,
    timing: Partial<SupervisorTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  /** Launches the first engine and starts the heartbeat. */
  start(): void {
    if (this.running || this.stopped) return;
    this.lastTickAt = this.clock.now();
    this.heartbeat = this.clock.setInterval(() => this.tick(), this.timing.heartbeatMs);
    this.launchEngine();
  }

  /** Sends to the current engine; false while none runs. */
  send(message: BrokerToEngineMessage): boolean {
    if (!this.running) return false;
    this.running.process.channel.post(message);
    return true;
  }

  /** Opens a viewer's frame channel on the current engine; null while none runs. */
  openViewer(viewerId: string): MessageEnd<Uint8Array, ViewerToEngine> | null {
    return this.running?.process.openViewer(viewerId) ?? null;
  }

  /** Tells the current engine a viewer went away. */
  closeViewer(viewerId: string): void {
    this.send({ t: 'viewer-close', viewerId });
  }

  /** The engine running now (for a host's own use of its transport), or null while none runs. */
  get process(): P | null {
    return this.running?.process ?? null;
  }

  /** The generation of the engine running now, or null while none runs. */
  get current(): number | null {
    return this.running?.generation ?? null;
  }

  /** Stops the current engine for good and completes the notices. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.heartbeat) this.clock.clearInterval(this.heartbeat);
    this.clock.clearTimeout(this.restartTimer);
    const running = this.running;
    this.running = null;
    if (running) {
      running.stopListening();
      await running.process.terminate();
    }
    this.noticesSubject.complete();
  }

  private launchEngine(): void {
    const generation = ++this.generation;
    const process = this.launch();
    const now = this.clock.now();
    const running: Running<P> = { process, generation, startedAt: now, lastHeardAt: now, spoke: false, stopListening: () => {} };
    this.running = running;
    this.noticesSubject.next({ kind: 'started', generation });
    running.stopListening = process.channel.listen((raw) => {
      if (this.running !== running) return;
      running.lastHeardAt = this.clock.now();
      running.spoke = true;
      const parsed = parseEngineToBroker(raw);
      if (!parsed.ok) {
        this.malformed++;
        return;
      }
      if (parsed.message.t === 'pong') return;
      this.noticesSubject.next({ kind: 'message', message: parsed.message });
    });
    process.onExit((reason) => {
      if (this.running === running) this.lose(reason);
    });
  }

  /** Pings the engine, and declares it lost after `silenceMs` without a word from it. */
  private tick(): void {
    const now = this.clock.now();
    const late = now - this.lastTickAt > 2 * this.timing.heartbeatMs;
    this.lastTickAt = now;
    const running = this.running;
    if (!running) return;
    // This thread was itself held up: the engine's answers may be waiting unread. Judge it next time.
    if (late) running.lastHeardAt = now;
    const limit = running.spoke ? this.timing.silenceMs : this.timing.startupMs;
    if (now - running.lastHeardAt > limit) {
      const silence = ((now - running.lastHeardAt) / 1000).toFixed(1);
      this.lose(running.spoke ? `the engine stopped answering for ${silence} s` : `the engine did not start within ${silence} s`);
      return;
    }
    running.process.channel.post({ t: 'ping', n: ++this.ping });
  }

  private lose(reason: string): void {
    const running = this.running;
    if (!running || this.stopped) return;
    this.running = null;
    running.stopListening();
    void running.process.terminate();
    const ranFor = this.clock.now() - running.startedAt;
    this.quickLosses = ranFor >= this.timing.stableMs ? 1 : this.quickLosses + 1;
    const delays = this.timing.restartDelaysMs;
    const restartInMs = delays[Math.min(this.quickLosses - 1, delays.length - 1)] ?? 0;
    this.noticesSubject.next({ kind: 'lost', reason, restartInMs });
    this.restartTimer = this.clock.setTimeout(() => {
      if (!this.stopped) this.launchEngine();
    }, restartInMs);
  }
}
