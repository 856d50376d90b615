import { MessageChannel, type MessagePort } from 'node:worker_threads';

import type { Clock } from '../../time/clock';
import { nodeMessageEnd, type EngineCrashMode, type EngineLauncher, type EngineProcess, type EngineToBroker, type MessageEnd } from '../contract';
import { serveEngine, type EngineEndpoint } from '../engine-endpoint';
import { crashReason } from '../pairs/crash-reason';
import { EngineHost } from '../engine-host';
import { RecordingSandboxAdmin, ScriptedEngine } from './scripted-engine';

/**
 * Two ends of a synchronous channel: a post is delivered at once to the other end's listener, or queued
 * until one listens. Messages are structured-cloned as across a real boundary (frames are moved as is).
 */
export function syncChannel<A, B>(clone = true): [MessageEnd<A, B>, MessageEnd<B, A>] {
  const side = <In, Out>(deliver: (m: Out) => void) => {
    let listener: ((m: In) => void) | null = null;
    const queue: In[] = [];
    let closed = false;
    const end: MessageEnd<In, Out> & { receive(m: In): void } = {
      post: (message) => {
        if (!closed) deliver(message);
      },
      listen: (l) => {
        listener = l;
        // A listener may stop listening while queued messages are handed to it.
        for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
          if (listener !== l) {
            queue.unshift(m);
            break;
          }
          l(m);
        }
        return () => {
          if (listener === l) listener = null;
        };
      },
      close: () => {
        closed = true;
        listener = null;
      },
      receive: (m) => {
        if (closed) return;
        if (listener) listener(m);
        else queue.push(m);
      },
    };
    return end;
  };
  // A port travels as itself (a real transport moves it); frames are moved; everything else is copied.
  const copy = <T>(m: T): T => (!clone || m instanceof Uint8Array || (m as { t?: unknown } | null)?.t === 'viewer-open' ? m : structuredClone(m));
  const a = side<A, B>((m) => b.receive(copy(m)));
  const b = side<B, A>((m) => a.receive(copy(m)));
  return [a, b];
}

/** The broker side of `openViewer` over synchronous channels: the far end travels in a `viewer-open` message. */
export function openSyncViewer(brokerEnd: EngineProcess['channel'], viewerId: string): ReturnType<EngineProcess['openViewer']> {
  const [brokerSide, engineSide] = syncChannel<Uint8Array, unknown>(false);
  brokerEnd.post({ t: 'viewer-open', viewerId, port: engineSide } as never);
  return brokerSide as unknown as ReturnType<EngineProcess['openViewer']>;
}

/** A stepped engine as its launcher returns it: it can also hand a viewer's port out, as the desktop's engine window does. */
export type SteppedProcess = EngineProcess & { connectViewer(viewerId: string): MessagePort };

/** One engine the stepped launcher started. */
export interface SteppedGeneration {
  engine: ScriptedEngine;
  host: EngineHost;
  endpoint: EngineEndpoint;
  /** The engine side stopped (crashed, hung, or terminated). */
  dead: boolean;
}

/**
 * The engine contract in one thread, synchronous and steerable, for deterministic specs: each launch
 * serves a fresh ScriptedEngine (sharing one sandbox admin double) through the real engine endpoint.
 * A spec can hold the engine's answers to lose or deliver them late, and crash or hang the engine.
 */
export class SteppedEngine {
  /** Every engine started, oldest first. */
  readonly generations: SteppedGeneration[] = [];
  /** Answers held back while `holdAnswers` is on, in the order the engine sent them. */
  readonly held: EngineToBroker[] = [];
  /** While on, the engine's answers wait in `held` instead of reaching the broker. */
  holdAnswers = false;
  /** Set up each fresh engine before it is served (e.g. devices). */
  prepare: (engine: ScriptedEngine) => void = () => {};
  private deliverToBroker: ((message: EngineToBroker) => void) | null = null;
  private exit: ((reason: string) => void) | null = null;

  /** Starts engines on this launcher. */
  readonly launch: EngineLauncher<SteppedProcess> = () => this.start();

  constructor(
    readonly admin: RecordingSandboxAdmin | null,
    private readonly clock: Clock,
  ) {}

  /** The engine running now (the newest one). */
  get current(): SteppedGeneration {
    const generation = this.generations.at(-1);
    if (!generation) throw new Error('SteppedEngine: no engine was launched yet');
    return generation;
  }

  /** Delivers up to `count` held answers, oldest first; returns how many went. */
  release(count = Infinity): number {
    let sent = 0;
    while (sent < count && this.held.length) {
      this.deliverToBroker?.(this.held.shift()!);
      sent++;
    }
    return sent;
  }

  /** Loses the held answer at `index` (0 = oldest); false when there is none. */
  drop(index = 0): boolean {
    return this.held.splice(index, 1).length > 0;
  }

  /** The current engine dies by itself (exit or throw): the broker side hears of it at once. */
  crash(mode: Exclude<EngineCrashMode, 'hang'> = 'exit'): void {
    const current = this.current;
    if (current.dead) return;
    this.kill(current);
    this.exit?.(crashReason(mode));
  }

  /** The current engine stops answering anything; only the heartbeat can tell. */
  hang(): void {
    this.kill(this.current);
  }

  private kill(generation: SteppedGeneration): void {
    generation.dead = true;
    generation.endpoint.close();
    generation.host.dispose();
  }

  private start(): SteppedProcess {
    const [brokerEnd, engineEnd] = syncChannel<unknown, EngineToBroker>() as unknown as [EngineProcess['channel'], MessageEnd<unknown, EngineToBroker>];
    const engine = new ScriptedEngine();
    this.prepare(engine);
    const host = new EngineHost(engine, this.admin ? 'sandbox' : 'trtc');
    // Answers may be held; everything else flows at once, in order.
    const channel: MessageEnd<unknown, EngineToBroker> = {
      ...engineEnd,
      post: (message) => {
        if (this.holdAnswers && message.t === 'answer') this.held.push(structuredClone(message));
        else engineEnd.post(message);
      },
    };
    this.held.length = 0;
    this.deliverToBroker = (message) => engineEnd.post(message);
    const generation: SteppedGeneration = { engine, host, endpoint: null!, dead: false };
    generation.endpoint = serveEngine({
      host,
      sandbox: this.admin,
      channel,
      clock: this.clock,
      crash: (mode) => (mode === 'hang' ? this.hang() : this.crash(mode)),
    });
    this.generations.push(generation);
    let exitListener: ((reason: string) => void) | null = null;
    this.exit = (reason) => exitListener?.(reason);
    return {
      channel: brokerEnd,
      openViewer: (viewerId) => openSyncViewer(brokerEnd, viewerId),
      // As the desktop's engine window does: the far end goes to the engine, this one to a window (a real port).
      connectViewer: (viewerId) => {
        const channel = new MessageChannel();
        brokerEnd.post({ t: 'viewer-open', viewerId, port: nodeMessageEnd(channel.port1) } as never);
        return channel.port2;
      },
      onExit: (listener) => {
        exitListener = listener;
      },
      terminate: async () => {
        if (!generation.dead) this.kill(generation);
      },
    };
  }
}
