import { randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy of every page of the app, in both hosts: scripts and styles only from the
 * app itself, plus the runtime styles Angular injects, which carry the page's nonce. No inline scripts,
 * no eval, no plugins, no framing, no form posts, no foreign connections. `connect` lists what the page
 * may connect to besides its own origin (the browser host's WebSocket bridge is same-origin already).
 */
export function contentSecurityPolicy(nonce: string, connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A fresh nonce for one page load. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The page with Angular told its nonce (`ngCspNonce` on the root element), so the styles it injects at
 * run time pass the policy. Throws when the page has no root element: a build without one cannot start.
 */
export function pageWithNonce(html: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('pageWithNonce: a nonce is base64');
  const withNonce = html.replace(/<bc-root(?=[\s>])/, `<bc-root ngCspNonce="${nonce}"`);
  if (withNonce === html) throw new Error('pageWithNonce: the page has no <bc-root> element');
  return withNonce;
}
