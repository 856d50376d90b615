import { Injectable, inject, signal } from '@angular/core';

import type { BridgeError, CommandOf, CommandType } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';

/** The sandbox admin commands a window may send. */
export type SandboxCommand = CommandOf<Extract<CommandType, `sandbox.${string}`>>;

/**
 * Sends the sandbox panel's commands and remembers how the last one went, for the panel to show.
 * Provided by the panel, so its room cards share one refusal line.
 */
@Injectable()
export class SandboxCommands {
  private readonly bridge = inject(BridgeClient);
  private readonly lastRefusal = signal<BridgeError | null>(null);

  /** The broker's refusal of the last command (shown through the refusalText pipe); null when it was accepted. */
  readonly refusal = this.lastRefusal.asReadonly();

  /** Sends a command; true when the broker accepted it. */
  async send(command: SandboxCommand): Promise<boolean> {
    const result = await this.bridge.command(command);
    this.lastRefusal.set(result.ok ? null : result.error);
    return result.ok;
  }
}
