import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import { Broker } from '../broker/broker';
import type { EngineHost } from '../engine/engine-host';
import { attachBridgeServer } from './bridge-server';
import { createHttpServer } from './http-server';
import type { AppDirs } from './static-files';

/** A running browser host. */
export interface RunningHost {
  /** The URL to open, token included. */
  url: string;
  token: string;
  port: number;
  broker: Broker;
  /** Exits the room first, then closes sockets and the server. */
  close(): Promise<void>;
}

/** What the browser host needs: where to listen, what to serve, and the engine to broker. */
export interface BrowserHostConfig {
  host: string;
  port: number;
  dirs: AppDirs;
  engineHost: EngineHost;
  /** Fixed only by tests that need a known token; a fresh random one otherwise. */
  token?: string;
}

/**
 * Runs the broker for one engine and serves the apps and the bridge: the
 * console at `/`, the preview at `/preview`, the wall at `/wall`, the bridge
 * at `/bridge` with a per-launch token.
 */
export async function startBrowserHost(config: BrowserHostConfig): Promise<RunningHost> {
  const token = config.token ?? randomBytes(18).toString('base64url');
  const broker = new Broker(config.engineHost);
  const server = createHttpServer(config.dirs);
  const wss = attachBridgeServer(server, broker, token);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    token,
    port,
    broker,
    close: async () => {
      await broker.shutdown();
      for (const ws of wss.clients) ws.close(1001, 'the console is shutting down');
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
