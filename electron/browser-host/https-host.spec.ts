import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import WebSocket from 'ws';

import { createTestBroker } from '../broker/testing/broker-fixtures';
import { startBrowserHost, type RunningHost } from './browser-host';
import { selfSignedIdentity, type TlsIdentity } from './tls-identity';

describe('the browser host over HTTPS', () => {
  let dir: string;
  let tls: TlsIdentity;
  let host: RunningHost;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bc-https-'));
    for (const app of ['console', 'preview']) {
      mkdirSync(join(dir, app));
      writeFileSync(join(dir, app, 'index.html'), '<html><body><bc-root></bc-root></body></html>');
    }
    tls = await selfSignedIdentity(['localhost'], ['127.0.0.1']);
    const t = createTestBroker();
    host = await startBrowserHost({ host: '127.0.0.1', port: 0, dirs: { console: join(dir, 'console'), previewWindow: join(dir, 'preview') }, session: t.session, tls });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints https URLs, serves its pages with the certificate, and refuses a client that does not trust it', async () => {
    expect(host.urls.console).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const status = await new Promise<number>((resolve, reject) => get(host.urls.console, { ca: tls.cert }, (res) => resolve(res.statusCode ?? 0)).on('error', reject));
    expect(status).toBe(200);
    await expect(new Promise((resolve, reject) => get(host.urls.console, (res) => resolve(res.statusCode)).on('error', reject))).rejects.toThrow(/self-signed|certificate/);
  });

  it('serves the bridge over WSS, taking its own https pages as the allowed origin', async () => {
    const port = new URL(host.urls.console).port;
    const ws = new WebSocket(`wss://127.0.0.1:${port}/bridge?token=${host.tokens.view}`, { ca: tls.cert, origin: `https://127.0.0.1:${port}` });
    const hello = await new Promise<Record<string, unknown>>((resolve, reject) => {
      ws.once('message', (data) => resolve(JSON.parse(data.toString())));
      ws.once('error', reject);
    });
    expect(hello).toMatchObject({ t: 'hello', scope: 'view' });
    ws.close();
  });
});
