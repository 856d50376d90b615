import type { Command } from '@broadcast-core/bridge';

import { nextCommand } from './next-command';
import type { ReplicaWindow } from './replica-window';
import type { ShowGoal } from './show-script';
import { sleep, waitUntil } from './wait';

/** One command the director gave, and how the broker answered. */
export interface DirectorCommand {
  at: number;
  type: Command['type'];
  /** `ok`, or the refusal's code and reason. */
  answer: string;
}

/** How often the director looks at the room. */
const TICK_MS = 150;
/** After a refusal, a producer waits a moment before trying again. */
const AFTER_REFUSAL_MS = 600;
/** After an accepted command, how long its effect may take to reach the director's window. */
const EFFECT_TIMEOUT_MS = 2500;

/**
 * A producer at a control window (a Node replica): it gives the one command that brings the room closer to
 * the show's goal of the moment, waits for its effect, and tries again after a refusal. `hold()` stops it
 * giving commands while a fault is being set up.
 */
export class Director {
  /** Every command given, in order. */
  readonly log: DirectorCommand[] = [];
  private running = false;
  private held = 0;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly window: ReplicaWindow,
    private readonly goal: () => ShowGoal,
    private readonly started: number,
  ) {}

  /** Starts directing. */
  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Stops, after the command in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Runs `setup` while the director gives no new command (a fault placed before its next one). */
  async holding<T>(setup: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      return await setup();
    } finally {
      this.held--;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      await sleep(TICK_MS);
      if (this.held > 0 || this.window.store.seq === null) continue;
      const step = nextCommand(this.window.roomState(), this.goal());
      if (step.kind !== 'send') continue;
      const result = await this.window.command(step.command);
      const answer = result.ok ? 'ok' : `${result.error.code} ${result.error.reason}`;
      this.log.push({ at: Date.now() - this.started, type: step.command.type, answer });
      if (!result.ok) {
        await sleep(AFTER_REFUSAL_MS);
        continue;
      }
      // Wait for the command's effect before the next decision, so nothing is given twice.
      await waitUntil(() => {
        const next = nextCommand(this.window.roomState(), this.goal());
        return next.kind !== 'send' || next.command.type !== step.command.type;
      }, EFFECT_TIMEOUT_MS, 50);
    }
  }
}
