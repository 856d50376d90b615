import { REFUSAL_TEXTS, RULE_MESSAGES, type RefusalReason, type RuleName } from './rule-messages';

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
  /** The engine failed the command: it threw, did not answer in time, or was lost before answering. */
  | 'engine-failed'
  /** The window sent more of this kind of message than its limit allows; nothing was done. Slow down. */
  | 'rate-limited'
  /** The window's token does not allow this (a view-scoped window sent a command); nothing was done. */
  | 'forbidden';

/** Values a refusal's text is filled with. */
export type RefusalParams = Record<string, string | number>;

/**
 * A typed refusal, answered to the sender only. `reason` and `params` say why in a form windows translate
 * (`core.refusals.<reason>`, and `core.rules.<rule>` for a TRTC parameter rule); `message` says the same
 * in English for tools and logs.
 */
export interface BridgeError {
  code: BridgeErrorCode;
  reason: RefusalReason;
  params?: RefusalParams;
  message: string;
  /** Dotted path of the offending field, for invalid-command and invalid-message. */
  field?: string;
}

/** A refusal's English text: its template with the params filled in (a rule's text for `rule`). */
export function refusalText(reason: RefusalReason, params: RefusalParams = {}): string {
  const template = reason === 'rule' ? (RULE_MESSAGES[params['rule'] as RuleName] ?? '{rule}') : REFUSAL_TEXTS[reason];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds a BridgeError; a field, when given, prefixes the message as `field: text`. */
export function refusal(code: BridgeErrorCode, reason: RefusalReason, params: RefusalParams = {}, field?: string): BridgeError {
  const text = refusalText(reason, params);
  const error: BridgeError = { code, reason, message: field ? `${field}: ${text}` : text };
  if (Object.keys(params).length > 0) error.params = params;
  if (field !== undefined) error.field = field;
  return error;
}
