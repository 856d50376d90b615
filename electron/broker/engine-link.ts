import type { Observable } from 'rxjs';

import type { BrokerToEngineMessage, EngineToBroker } from '../engine/contract';

/** What the broker hears from the engine side, in order. */
export type EngineNotice =
  /** A fresh engine was launched (its `ready` message follows). */
  | { kind: 'started'; generation: number }
  /** A validated message of the current engine. */
  | { kind: 'message'; message: EngineToBroker }
  /** The current engine is gone (exited, threw, or stopped answering); another is launched after `restartInMs`. */
  | { kind: 'lost'; reason: string; restartInMs: number };

/** The broker's link to whatever engine runs now, across restarts. */
export interface EngineLink {
  /** Every notice in order; completes when the link stops for good. */
  readonly notices$: Observable<EngineNotice>;
  /** Sends a message to the current engine; false when none is running (it was lost and is restarting). */
  send(message: BrokerToEngineMessage): boolean;
}
