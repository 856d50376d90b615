import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Close codes the bridge uses when it turns a socket away (4000-4999 are free for applications). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN_ORIGIN = 4403;

/** Why a connection was refused, as sent in the close frame. */
export interface AccessRefusal {
  code: number;
  reason: string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks a bridge upgrade request: the per-launch token in `?token=` and an
 * Origin that is this host's own page (a browser tab on another site must not
 * drive the console). Non-browser tools send no Origin and pass on the token alone.
 */
export function checkAccess(request: IncomingMessage, token: string): AccessRefusal | null {
  const url = new URL(request.url ?? '/', 'http://placeholder');
  const given = url.searchParams.get('token');
  if (!given) return { code: CLOSE_UNAUTHORIZED, reason: 'missing token: open the URL the console printed at start' };
  if (!sameSecret(given, token)) return { code: CLOSE_UNAUTHORIZED, reason: 'wrong token: open the URL the console printed at start' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) {
    return { code: CLOSE_FORBIDDEN_ORIGIN, reason: `origin ${origin} is not allowed` };
  }
  return null;
}
