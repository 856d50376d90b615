import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { contentType, resolveStaticFile, type AppDirs } from '../app-files/static-files';

/** Headers on every response: no sniffing, and no Referer that could carry the token to another site. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/**
 * Serves the built apps, read-only: GET and HEAD of static files. Nothing over
 * HTTP changes state; every change goes through the token-checked bridge.
 */
export function createHttpServer(dirs: AppDirs): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end('read-only: commands go through the bridge');
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://placeholder').pathname;
    const file = resolveStaticFile(pathname, dirs);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const isPage = file.endsWith('index.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      // Hashed assets never change; pages must, so a rebuilt app loads at once.
      'Cache-Control': isPage ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}
