import { randomBytes, timingSafeEqual } from 'node:crypto';

import type { AccessScope } from '@broadcast-core/bridge';

/** The host's tokens: one lets a window command the show, the other only lets it watch. */
export interface AccessTokens {
  control: string;
  view: string;
}

/** A fresh pair of unguessable tokens (144 bits each). */
export function freshTokens(): AccessTokens {
  return { control: randomBytes(18).toString('base64url'), view: randomBytes(18).toString('base64url') };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What a token allows, or null when it is neither of the host's. Compared in constant time. */
export function scopeOfToken(given: string, tokens: AccessTokens): AccessScope | null {
  if (sameSecret(given, tokens.control)) return 'control';
  if (sameSecret(given, tokens.view)) return 'view';
  return null;
}
