import { Injectable } from '@angular/core';

import type { CommandOf, CommandType } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';

/** The sandbox admin commands a window may send. */
export type SandboxCommand = CommandOf<Extract<CommandType, `sandbox.${string}`>>;

/**
 * Sends the sandbox panel's commands and remembers how the last one went, for the panel to show.
 * Provided by the panel, so its room cards share one refusal line.
 */
@Injectable()
export class SandboxCommands {
  private readonly command = injectCommand<SandboxCommand>();

  /** The broker's refusal of the last command (shown through the refusalText pipe); null when it was accepted. */
  readonly refusal = this.command.refusal;

  /** Sends a command; true when the broker accepted it. */
  send(command: SandboxCommand): Promise<boolean> {
    return this.command.send(command);
  }
}
