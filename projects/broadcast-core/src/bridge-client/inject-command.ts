import { inject, linkedSignal, signal, type Signal, type WritableSignal } from '@angular/core';

import type { BridgeError } from '../bridge/bridge-error';
import type { Command } from '../bridge/commands';
import { BridgeClient } from './bridge-client';

/** A window's way to send commands: send, plus the broker's refusal of the last one as a signal. */
export interface CommandSender<C extends Command = Command> {
  /** The broker's refusal of the last command, for the window to show; null once one is accepted (and before any). */
  readonly refusal: Signal<BridgeError | null>;
  /** Sends a command and resolves true when the broker accepted it; the refusal follows the answer. */
  send(command: C): Promise<boolean>;
}

/** Options of injectCommand(). */
export interface InjectCommandOptions {
  /** A signal whose every change clears the refusal shown (a new offer starts clean). */
  resetOn?: () => unknown;
}

/**
 * Sends commands through the window's BridgeClient and keeps the last refusal, the pattern every panel
 * shares. Call in an injection context (a field initializer); state changes still arrive as actions.
 */
export function injectCommand<C extends Command = Command>(options: InjectCommandOptions = {}): CommandSender<C> {
  const bridge = inject(BridgeClient);
  const { resetOn } = options;
  const refusal: WritableSignal<BridgeError | null> = resetOn
    ? linkedSignal<unknown, BridgeError | null>({ source: resetOn, computation: () => null })
    : signal<BridgeError | null>(null);
  return {
    refusal: refusal.asReadonly(),
    send: async (command) => {
      const result = await bridge.command(command);
      refusal.set(result.ok ? null : result.error);
      return result.ok;
    },
  };
}
