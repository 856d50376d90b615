import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

import { contentSecurityPolicy, newNonce, pageWithNonce } from '../app-files/content-security-policy';
import { contentType, resolveStaticFile, type AppDirs } from '../app-files/static-files';
import { isAllowedHost } from './allowed-hosts';
import type { TlsIdentity } from './tls-identity';

/** Headers on every response: no sniffing, and no Referer that could carry the token to another site. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** What the page server checks and serves. */
export interface PageServerOptions {
  dirs: AppDirs;
  /** The Host headers this host answers to (allowedHosts); anything else gets 421 and no page. */
  hosts: () => ReadonlySet<string>;
}

/** Sends a page with a fresh nonce that Angular's injected styles carry, under a strict CSP. */
function sendPage(req: IncomingMessage, res: ServerResponse, file: string): void {
  const nonce = newNonce();
  const body = pageWithNonce(readFileSync(file, 'utf8'), nonce);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    // Pages must change when the app is rebuilt, and each load has its own nonce.
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the built apps, read-only: GET and HEAD of static files, pages under a strict
 * Content-Security-Policy, and only to requests that name this host. Nothing over HTTP changes state;
 * every change goes through the token-checked bridge.
 */
export function pageServer(options: PageServerOptions): RequestListener {
  return (req, res) => {
    if (!isAllowedHost(req.headers.host, options.hosts())) {
      res.writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('this is not the host you asked for');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end('read-only: commands go through the bridge');
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://placeholder').pathname;
    const file = resolveStaticFile(pathname, options.dirs);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (file.endsWith('index.html')) {
      sendPage(req, res, file);
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      // Hashed assets never change.
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/** A server of the built apps (see pageServer): HTTPS when given a TLS identity, plain HTTP otherwise. */
export function createHttpServer(options: PageServerOptions, tls?: TlsIdentity): Server {
  return tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, pageServer(options)) : createServer(pageServer(options));
}
