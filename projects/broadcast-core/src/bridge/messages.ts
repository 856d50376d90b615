import * as z from 'zod';

import type { EngineKind, RoomAction, RoomState } from '../room-state';
import type { BridgeError } from './bridge-error';
import type { Command } from './commands';
import type { StreamKey } from './stream-key';

/** Bumped on any incompatible change to the messages below. */
export const PROTOCOL_VERSION = 1;

/** WebSocket path of the bridge in the browser host. */
export const BRIDGE_PATH = '/bridge';

/** What a window may do: `control` send every command; `view` only watch (snapshot, actions, frames). */
export type AccessScope = 'control' | 'view';

/** Window to broker. */
export type ClientMessage =
  /** Run a command; answered by exactly one `result` with the same id. */
  | { t: 'command'; id: string; command: Command }
  /** Ask for a fresh snapshot (after a gap, a duplicate storm, or a reload). */
  | { t: 'resync' }
  /** Start receiving a stream's frames. */
  | { t: 'subscribe'; stream: StreamKey }
  /** Stop receiving a stream's frames. */
  | { t: 'unsubscribe'; stream: StreamKey }
  /** A frame of this stream was drawn: the router may send the next. */
  | { t: 'frame-ack'; stream: StreamKey };

/** Broker to window. */
export type ServerMessage =
  /**
   * First message of every connection. `scope` is what this window's token allows; a control window of
   * the browser host also gets `viewToken`, to open watch-only windows (the preview, the wall) with.
   */
  | { t: 'hello'; protocol: number; windowId: string; engine: EngineKind; scope: AccessScope; viewToken?: string }
  /** The whole shared state at `seq`; replaces the window's replica. */
  | { t: 'snapshot'; seq: number; state: RoomState }
  /** The action that took the broker from seq-1 to seq. */
  | { t: 'action'; seq: number; action: RoomAction }
  | { t: 'result'; id: string | null; ok: true }
  | { t: 'result'; id: string | null; ok: false; error: BridgeError };

/** A command id: any string of 1 to 100 characters, chosen by the sender. */
export const commandIdSchema = z.string().min(1, 'commandId').max(100, 'commandId');

/** Envelope schema; the command inside is validated separately so errors can name its fields. */
export const clientEnvelopeSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('command'), id: commandIdSchema, command: z.unknown().optional() }),
  z.strictObject({ t: z.literal('resync') }),
  z.strictObject({ t: z.literal('subscribe'), stream: z.string() }),
  z.strictObject({ t: z.literal('unsubscribe'), stream: z.string() }),
  z.strictObject({ t: z.literal('frame-ack'), stream: z.string() }),
]);
