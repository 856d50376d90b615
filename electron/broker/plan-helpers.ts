import { refusal, type BridgeError, type Command, type CommandOf, type RefusalParams, type RefusalReason } from '@broadcast-core/bridge';
import type { CodedError, EngineKind, RoomAction, RoomState } from '@broadcast-core/room-state';

import type { EngineCall } from '../engine/contract';

/** One engine call of a plan, with what a "not found" answer means to the sender. */
export type PlannedCall = EngineCall & {
  /** The refusal to answer when the engine says the call's target does not exist (sandbox admin calls). */
  notFound?: BridgeError;
};

/** What accepting a command means: the actions to apply, and the engine calls as data. */
export interface CommandPlan {
  /**
   * The facts of accepting it. A pending state (entering, switching role, connecting a PK) is applied before the
   * engine is called, so every window shows it at once; a plain setting only after the engine answered that it took it.
   */
  accepted: RoomAction[];
  /** True when `accepted` sets a pending state that the engine's events will later settle. */
  pending: boolean;
  /** The engine calls, in order; they run as a group that stops at the first failure. */
  calls: PlannedCall[];
  /**
   * Actions that undo a pending state when the engine fails a call or does not answer in time; `failedCall` is
   * the index in `calls` of the one that failed (those after it were skipped, those before it ran).
   */
  failed?: (error: CodedError, at: number, failedCall: number) => RoomAction[];
}

/** What planning may read. */
export interface PlanContext {
  state: RoomState;
  at: number;
  /** The engine behind the broker. */
  engine: EngineKind;
}

/** Plans one kind of command. */
export type Planner<T extends Command['type']> = (command: CommandOf<T>, ctx: PlanContext) => CommandPlan | BridgeError;
/** A refusal because the room cannot take the command now. */
export const invalidState = (reason: RefusalReason, params?: RefusalParams) => refusal('invalid-state', reason, params);

/** True when the console is in a room. */
export const inRoom = (s: RoomState) => s.session.status === 'in-room';

/** A call as data. */
export const call = <C extends EngineCall>(c: C): C => c;

/** A setting the SDK takes without a callback: recorded once the engine took it. */
export const setting = (accepted: RoomAction[], ...calls: PlannedCall[]): CommandPlan => ({ accepted, calls, pending: false });
