import { Injectable, inject, signal } from '@angular/core';

import type { CommandOf, CommandType } from '@broadcast-core/bridge';
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
  private readonly refusalText = signal<string | null>(null);

  /** The broker's reason for refusing the last command; null when it was accepted. */
  readonly refusal = this.refusalText.asReadonly();

  /** Sends a command; true when the broker accepted it. */
  async send(command: SandboxCommand): Promise<boolean> {
    const result = await this.bridge.command(command);
    this.refusalText.set(result.ok ? null : result.error.message);
    return result.ok;
  }
}
