import { signal } from '@angular/core';
import { NEVER } from 'rxjs';

import type { BridgeError } from '../bridge/bridge-error';
import type { Command } from '../bridge/commands';
import type { AccessScope } from '../bridge/messages';
import type { StreamKey } from '../bridge/stream-key';
import type { CommandResult, StreamWatch, WindowBridge } from '../bridge-client/bridge-client';
import type { TransportStatus } from '../bridge-client/bridge-transport';
import type { EngineKind } from '../room-state';

/**
 * Stands in for BridgeClient in component specs: records every command, and
 * answers ok unless a spec queued a refusal. State still changes only through
 * actions the spec dispatches, as it would through the broker.
 */
export class FakeBridgeClient implements WindowBridge {
  /** Streams views asked to watch, oldest first. */
  readonly watched: StreamKey[] = [];
  /** Commands sent, oldest first. */
  readonly commands: Command[] = [];
  /** The engine a spec pretends is behind the broker. */
  readonly engine = signal<EngineKind | null>('sandbox');
  /** What the window's token allows, as the broker said in hello. */
  readonly scope = signal<AccessScope | null>('control');
  /** The token for watch-only windows, when this is a control window of the browser host. */
  readonly viewToken = signal<string | null>(null);
  /** Bridge link state. */
  readonly status = signal<TransportStatus>({ state: 'open' });
  private readonly refusals: BridgeError[] = [];

  /** The next command is refused with this error. */
  refuseNext(error: BridgeError): void {
    this.refusals.push(error);
  }

  /** Records the command and answers it. */
  command(command: Command): Promise<CommandResult> {
    this.commands.push(command);
    const error = this.refusals.shift();
    return Promise.resolve(error ? { ok: false, error } : { ok: true });
  }

  /** No frames in component specs; the streams watched are recorded. */
  watch(stream: StreamKey): StreamWatch {
    this.watched.push(stream);
    return { frames$: NEVER, ack: () => undefined };
  }

  /** The types of the commands sent, for short assertions. */
  sentTypes(): string[] {
    return this.commands.map((c) => c.type);
  }
}
