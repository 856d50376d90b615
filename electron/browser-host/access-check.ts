import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { AccessScope } from '@broadcast-core/bridge';

import { scopeOfToken, type AccessTokens } from './access-tokens';
import { allowedHosts, isAllowedHost } from './allowed-hosts';

/** Close codes the bridge uses when it turns a socket away (4000-4999 are free for applications). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN_ORIGIN = 4403;
export const CLOSE_MISDIRECTED = 4421;

/** Why a connection was refused, as sent in the close frame. */
export interface AccessRefusal {
  code: number;
  reason: string;
}

/** What the host checks a bridge connection against. */
export interface AccessPolicy {
  tokens: AccessTokens;
  /** The Host headers this host answers to (allowedHosts). */
  hosts: ReadonlySet<string>;
  /** `http` or `https`: the scheme of this host's own pages, for the Origin check. */
  scheme: 'http' | 'https';
}

/**
 * Checks a bridge upgrade request: a Host header that names this host (no DNS rebinding), a token in
 * `?token=` that is one of the host's, and an Origin that is this host's own page (a browser tab on
 * another site must not drive the console). Non-browser tools send no Origin and pass on the token
 * alone. Returns what the token allows, or why the connection is refused.
 */
export function checkAccess(request: IncomingMessage, policy: AccessPolicy): { scope: AccessScope } | AccessRefusal {
  const host = request.headers.host;
  if (!isAllowedHost(host, policy.hosts)) return { code: CLOSE_MISDIRECTED, reason: `host ${host ?? '(none)'} is not this console` };
  const url = new URL(request.url ?? '/', 'http://placeholder');
  const given = url.searchParams.get('token');
  if (!given) return { code: CLOSE_UNAUTHORIZED, reason: 'missing token: open the URL the console printed at start' };
  const scope = scopeOfToken(given, policy.tokens);
  if (!scope) return { code: CLOSE_UNAUTHORIZED, reason: 'wrong token: open the URL the console printed at start' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${policy.scheme}://${host}`) {
    return { code: CLOSE_FORBIDDEN_ORIGIN, reason: `origin ${origin} is not allowed` };
  }
  return { scope };
}

/**
 * The policy of a server listening on loopback, for benchmarks and specs: its Host headers follow the
 * port it was given when it started listening.
 */
export function loopbackPolicy(server: Server, tokens: AccessTokens): AccessPolicy {
  return {
    tokens,
    scheme: 'http',
    get hosts() {
      return allowedHosts('127.0.0.1', (server.address() as AddressInfo | null)?.port ?? 0);
    },
  };
}
