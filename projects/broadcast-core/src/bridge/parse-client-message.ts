import type * as z from 'zod';

import { refusal, type BridgeError } from './bridge-error';
import { commandSchema } from './commands';
import { clientEnvelopeSchema, commandIdSchema, type ClientMessage } from './messages';
import { issueField, issueRefusal } from './schema-issues';
import { parseStreamKey } from './stream-key';

/** A parsed window message, or a typed refusal (with the command id when one could be read). */
export type ParsedClientMessage = { ok: true; message: ClientMessage } | { ok: false; id: string | null; error: BridgeError };

function firstIssue(error: z.ZodError, code: 'invalid-message' | 'invalid-command', prefix: string): BridgeError {
  const issue = error.issues[0];
  const { reason, params } = issueRefusal(issue);
  const field = issueField(issue, prefix);
  return refusal(code, reason, params, field || undefined);
}

/** The sender's command id when it is a valid one; anything else is not echoed back (null). */
function readableId(data: unknown): string | null {
  const id = (data as { id?: unknown } | null)?.id;
  return commandIdSchema.safeParse(id).success ? (id as string) : null;
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
      return { ok: false, id: null, error: refusal('invalid-message', 'notJson') };
    }
  }
  const envelope = clientEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success) return { ok: false, id: readableId(data), error: firstIssue(envelope.error, 'invalid-message', '') };
  const message = envelope.data;
  if (message.t === 'command') {
    if (message.command === undefined) return { ok: false, id: message.id, error: refusal('invalid-command', 'missingField', {}, 'command') };
    const command = commandSchema.safeParse(message.command, { reportInput: true });
    if (!command.success) return { ok: false, id: message.id, error: firstIssue(command.error, 'invalid-command', 'command') };
    return { ok: true, message: { t: 'command', id: message.id, command: command.data } };
  }
  if (message.t === 'subscribe' || message.t === 'unsubscribe' || message.t === 'frame-ack') {
    if (!parseStreamKey(message.stream)) {
      return { ok: false, id: null, error: refusal('invalid-message', 'unknownStream', { stream: message.stream.slice(0, 80) }, 'stream') };
    }
  }
  return { ok: true, message: message as ClientMessage };
}
