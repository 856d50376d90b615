import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { allowedHosts } from './allowed-hosts';
import { createHttpServer } from './http-server';

describe('the page server', () => {
  let dir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bc-pages-'));
    for (const app of ['console', 'preview']) {
      mkdirSync(join(dir, app), { recursive: true });
      writeFileSync(join(dir, app, 'index.html'), '<!doctype html><html><body><bc-root></bc-root><script src="main.js" type="module"></script></body></html>');
      writeFileSync(join(dir, app, 'main.js'), 'console.log(1)');
    }
    let hosts: ReadonlySet<string> = new Set();
    server = createHttpServer({ dirs: { console: join(dir, 'console'), previewWindow: join(dir, 'preview') }, hosts: () => hosts });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    hosts = allowedHosts('127.0.0.1', port);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** A request with any Host header (fetch would not send a foreign one). */
  const get = (path: string, host = `127.0.0.1:${port}`, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; text: () => Promise<string> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: async () => body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('serves each page under a strict CSP whose nonce Angular is told, fresh on every load', async () => {
    const first = await get('/');
    const second = await get('/wall');
    const csp = String(first.headers['content-security-policy'] ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(await first.text()).toContain(`<bc-root ngCspNonce="${nonce}">`);
    expect(second.headers['content-security-policy']).not.toBe(csp);
    expect(first.headers['cache-control']).toBe('no-store');
  });

  it('gives nothing to a request naming another host (DNS rebinding)', async () => {
    const response = await get('/', `evil.example:${port}`);
    expect(response.status).toBe(421);
    expect(await response.text()).not.toContain('bc-root');
    expect((await get('/main.js', `evil.example:${port}`)).status).toBe(421);
  });

  it('serves assets to this host, and refuses anything but reading', async () => {
    expect((await get('/main.js')).status).toBe(200);
    expect((await get('/', undefined, 'POST')).status).toBe(405);
  });
});
