import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';
import { Observable, filter, finalize, map, share } from 'rxjs';

import type { BridgeError } from '../bridge/bridge-error';
import type { Command } from '../bridge/commands';
import { decodeFrame, type DecodedFrame } from '../bridge/frame-codec';
import type { StreamKey } from '../bridge/stream-key';
import type { EngineKind } from '../room-state';
import { BRIDGE_TRANSPORT } from './bridge-transport';
import { replicate } from './replica-sync';

/** The broker's answer to one command. */
export type CommandResult = { ok: true } | { ok: false; error: BridgeError };

/**
 * A window's side of the bridge: keeps the NgRx store a replica of the
 * broker's room state, sends commands and resolves their results, and hands
 * out frame streams. Windows never write shared state themselves.
 */
@Injectable({ providedIn: 'root' })
export class BridgeClient {
  private readonly transport = inject(BRIDGE_TRANSPORT);
  private readonly store = inject(Store);
  private nextId = 1;
  private readonly pending = new Map<string, (result: CommandResult) => void>();
  private readonly streams = new Map<StreamKey, Observable<DecodedFrame>>();
  private readonly engineKind = signal<EngineKind | null>(null);

  /** Connection state of the bridge. */
  readonly status = toSignal(this.transport.status$, { initialValue: { state: 'connecting' } as const });
  /** The engine behind the broker, once it said hello. */
  readonly engine = this.engineKind.asReadonly();

  constructor() {
    const replica = this.transport.messages$
      .pipe(replicate(() => this.transport.send({ t: 'resync' })))
      .subscribe((action) => this.store.dispatch(action));
    const control = this.transport.messages$.subscribe((message) => {
      if (message.t === 'hello') {
        this.engineKind.set(message.engine);
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
        resolve({ ok: false, error: { code: 'invalid-state', message: 'the connection to the console dropped; try again' } });
      }
      this.pending.clear();
    });
    inject(DestroyRef).onDestroy(() => {
      replica.unsubscribe();
      control.unsubscribe();
      drops.unsubscribe();
    });
  }

  /** Sends a command; resolves with the broker's result (state changes arrive as actions). */
  command(command: Command): Promise<CommandResult> {
    const id = `c${this.nextId++}`;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.transport.send({ t: 'command', id, command });
    });
  }

  /**
   * The frames of one stream, shared by every view in this window: subscribes at
   * the broker with the first viewer and unsubscribes with the last. Each frame
   * must be acknowledged with `ackFrame` once drawn.
   */
  frames(stream: StreamKey): Observable<DecodedFrame> {
    let frames = this.streams.get(stream);
    if (!frames) {
      this.transport.send({ t: 'subscribe', stream });
      frames = this.transport.frames$.pipe(
        map(decodeFrame),
        filter((f): f is DecodedFrame => f !== null && f.stream === stream),
        finalize(() => {
          this.streams.delete(stream);
          this.transport.send({ t: 'unsubscribe', stream });
        }),
        share(),
      );
      this.streams.set(stream, frames);
    }
    return frames;
  }

  /** Tells the broker a frame of this stream was drawn, so it may send the next. */
  ackFrame(stream: StreamKey): void {
    this.transport.send({ t: 'frame-ack', stream });
  }
}
