import type * as z from 'zod';

import { bridgeError, type BridgeError } from './bridge-error';
import { commandSchema } from './commands';
import { clientEnvelopeSchema, type ClientMessage } from './messages';
import { parseStreamKey } from './stream-key';

/** A parsed window message, or a typed refusal (with the command id when one could be read). */
export type ParsedClientMessage = { ok: true; message: ClientMessage } | { ok: false; id: string | null; error: BridgeError };

/** `a.b.0.c` from a schema issue path, so errors name the field as the sender wrote it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function firstIssue(error: z.ZodError, code: 'invalid-message' | 'invalid-command', prefix: string): BridgeError {
  const issue = error.issues[0];
  // An unknown key is reported on its parent; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const field = [prefix, fieldPath(path)].filter(Boolean).join('.');
  return bridgeError(code, field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

/**
 * Validates anything a window sent (text or already-parsed JSON). Never throws:
 * every input is either a well-typed message or a typed error.
 */
export function parseClientMessage(raw: unknown): ParsedClientMessage {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, id: null, error: bridgeError('invalid-message', 'message is not valid JSON') };
    }
  }
  const envelope = clientEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const id = typeof (data as { id?: unknown } | null)?.id === 'string' ? (data as { id: string }).id : null;
    return { ok: false, id, error: firstIssue(envelope.error, 'invalid-message', '') };
  }
  const message = envelope.data;
  if (message.t === 'command') {
    const command = commandSchema.safeParse(message.command);
    if (!command.success) return { ok: false, id: message.id, error: firstIssue(command.error, 'invalid-command', 'command') };
    return { ok: true, message: { t: 'command', id: message.id, command: command.data } };
  }
  if (message.t === 'subscribe' || message.t === 'unsubscribe' || message.t === 'frame-ack') {
    if (!parseStreamKey(message.stream)) {
      return { ok: false, id: null, error: bridgeError('invalid-message', `unknown stream "${message.stream}"`, 'stream') };
    }
  }
  return { ok: true, message: message as ClientMessage };
}
