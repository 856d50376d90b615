import { DestroyRef, Injectable, computed, inject, signal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';
import { Observable, filter, finalize, map, share, tap } from 'rxjs';

import { refusal, type BridgeError } from '../bridge/bridge-error';
import type { Command } from '../bridge/commands';
import { decodeFrame, type DecodedFrame } from '../bridge/frame-codec';
import type { AccessScope } from '../bridge/messages';
import type { StreamKey } from '../bridge/stream-key';
import type { EngineKind } from '../room-state';
import { BRIDGE_TRANSPORT, type TransportStatus } from './bridge-transport';
import { replicate } from './replica-sync';

/** The broker's answer to one command. */
export type CommandResult = { ok: true } | { ok: false; error: BridgeError };

/** One view's hold on a stream: its frames, and an ack to call once per frame received, after drawing. */
export interface StreamWatch {
  /** Frames of the stream from subscription on; completes never, ends when unsubscribed. */
  readonly frames$: Observable<DecodedFrame>;
  /** Says one more received frame of this view is drawn (or dropped for a newer one). */
  ack(): void;
}

/**
 * What a window uses of the bridge. BridgeClient implements it, and so does the specs' FakeBridgeClient,
 * so the compiler keeps the two in step.
 */
export interface WindowBridge {
  /** Connection state of the bridge. */
  readonly status: Signal<TransportStatus>;
  /** The engine behind the broker, once it said hello. */
  readonly engine: Signal<EngineKind | null>;
  /** What this window's token allows (`view`: watch only), once the broker said hello. */
  readonly scope: Signal<AccessScope | null>;
  /** The token to open watch-only windows with, when this is a control window of the browser host. */
  readonly viewToken: Signal<string | null>;
  /** Sends a command; resolves with the broker's result. */
  command(command: Command): Promise<CommandResult>;
  /** Watches one stream: its frames, and an ack per frame drawn. */
  watch(stream: StreamKey): StreamWatch;
}

/** A stream shared by the views of this window, with the ack bookkeeping across them. */
interface SharedStream {
  frames$: Observable<DecodedFrame>;
  /** Frames that reached this window. */
  received: number;
  /** Acks sent to the broker. */
  acked: number;
  /** Per view: how many of the received frames it has acked (frames before it joined count as acked). */
  views: Map<number, number>;
}

/**
 * A window's side of the bridge: keeps the NgRx store a replica of the
 * broker's room state, sends commands and resolves their results, and hands
 * out frame streams. Windows never write shared state themselves.
 */
@Injectable({ providedIn: 'root' })
export class BridgeClient implements WindowBridge {
  private readonly transport = inject(BRIDGE_TRANSPORT);
  private readonly store = inject(Store);
  private nextId = 1;
  private readonly pending = new Map<string, (result: CommandResult) => void>();
  private readonly streams = new Map<StreamKey, SharedStream>();
  private nextViewId = 1;
  private readonly engineKind = signal<EngineKind | null>(null);
  private readonly access = signal<{ scope: AccessScope; viewToken: string | null } | null>(null);

  /** Connection state of the bridge. */
  readonly status: Signal<TransportStatus> = toSignal(this.transport.status$, { initialValue: { state: 'connecting' } as const });
  /** The engine behind the broker, once it said hello. */
  readonly engine = this.engineKind.asReadonly();
  /** What this window's token allows (`view`: watch only), once the broker said hello. */
  readonly scope = computed(() => this.access()?.scope ?? null);
  /** The token to open watch-only windows with, when this is a control window of the browser host. */
  readonly viewToken = computed(() => this.access()?.viewToken ?? null);

  constructor() {
    const replica = this.transport.messages$
      .pipe(replicate(() => this.transport.send({ t: 'resync' })))
      .subscribe((action) => this.store.dispatch(action));
    const control = this.transport.messages$.subscribe((message) => {
      if (message.t === 'hello') {
        this.engineKind.set(message.engine);
        this.access.set({ scope: message.scope, viewToken: message.viewToken ?? null });
        // A new connection knows nothing of this window's streams: ask again.
        for (const stream of this.streams.keys()) this.transport.send({ t: 'subscribe', stream });
      } else if (message.t === 'result' && message.id !== null) {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.ok ? { ok: true } : { ok: false, error: message.error });
      }
    });
    const drops = this.transport.status$.pipe(filter((s) => s.state !== 'open' && s.state !== 'connecting')).subscribe(() => {
      for (const resolve of this.pending.values()) {
        resolve({ ok: false, error: refusal('invalid-state', 'connectionDropped') });
      }
      this.pending.clear();
    });
    inject(DestroyRef).onDestroy(() => {
      replica.unsubscribe();
      control.unsubscribe();
      drops.unsubscribe();
    });
  }

  /**
   * Sends a command; resolves with the broker's result (state changes arrive as actions). While the link
   * is not open the transport could not send it, so it is refused at once rather than left unanswered.
   */
  command(command: Command): Promise<CommandResult> {
    if (this.status().state !== 'open') return Promise.resolve({ ok: false, error: refusal('invalid-state', 'notConnected') });
    const id = `c${this.nextId++}`;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.transport.send({ t: 'command', id, command });
    });
  }

  /**
   * Watches one stream. Views of the same stream in this window share one
   * broker subscription (made with the first view, dropped with the last), and
   * the broker gets one ack per frame once every view has drawn it, so the
   * slowest view sets the pace, never the fastest.
   */
  watch(stream: StreamKey): StreamWatch {
    const view = this.nextViewId++;
    const frames$ = new Observable<DecodedFrame>((subscriber) => {
      const shared = this.shared(stream);
      shared.views.set(view, shared.received);
      // A separate observer, so this view's teardown below runs before the shared one it would otherwise chain.
      const inner = shared.frames$.subscribe({
        next: (frame) => subscriber.next(frame),
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return () => {
        // Settle this view's acks before the last view's leave unsubscribes at the broker.
        shared.views.delete(view);
        this.flushAcks(stream, shared);
        inner.unsubscribe();
      };
    });
    const ack = () => {
      const shared = this.streams.get(stream);
      const count = shared?.views.get(view);
      if (!shared || count === undefined || count >= shared.received) return;
      shared.views.set(view, count + 1);
      this.flushAcks(stream, shared);
    };
    return { frames$, ack };
  }

  private shared(stream: StreamKey): SharedStream {
    let shared = this.streams.get(stream);
    if (shared) return shared;
    this.transport.send({ t: 'subscribe', stream });
    const created: SharedStream = { frames$: null!, received: 0, acked: 0, views: new Map() };
    created.frames$ = this.transport.frames$.pipe(
      map(decodeFrame),
      filter((f): f is DecodedFrame => f !== null && f.stream === stream),
      tap(() => created.received++),
      finalize(() => {
        this.streams.delete(stream);
        this.transport.send({ t: 'unsubscribe', stream });
      }),
      share(),
    );
    this.streams.set(stream, (shared = created));
    return shared;
  }

  /** Sends the acks every view agrees on; with no view left, acks all that arrived. */
  private flushAcks(stream: StreamKey, shared: SharedStream): void {
    const agreed = shared.views.size ? Math.min(...shared.views.values()) : shared.received;
    for (; shared.acked < agreed; shared.acked++) this.transport.send({ t: 'frame-ack', stream });
  }
}
