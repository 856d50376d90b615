/** Why the broker refused a message or command. */
export type BridgeErrorCode =
  /** Not JSON, not an object, or an unknown message kind. */
  | 'invalid-message'
  /** A command that fails its schema; `field` names the first bad field. */
  | 'invalid-command'
  /** A valid command the room cannot take now (enter while in a room, PK while not in one, ...). */
  | 'invalid-state'
  /** A sandbox admin command while the engine is Tencent's SDK. */
  | 'sandbox-only'
  /** The engine threw while carrying out the command. */
  | 'engine-failed';

/** A typed refusal, answered to the sender only. */
export interface BridgeError {
  code: BridgeErrorCode;
  message: string;
  /** Dotted path of the offending field, for invalid-command. */
  field?: string;
}

/** Builds a BridgeError. */
export function bridgeError(code: BridgeErrorCode, message: string, field?: string): BridgeError {
  return field === undefined ? { code, message } : { code, message, field };
}
