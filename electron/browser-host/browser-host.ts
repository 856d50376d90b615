import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { ConsoleSession } from '../session/start-console-session';
import { attachBridgeServer } from './bridge-server';
import { createHttpServer } from './http-server';
import type { AppDirs } from '../app-files/static-files';

/** A running browser host. */
export interface RunningHost {
  /** The URL to open, token included. */
  url: string;
  token: string;
  port: number;
  /** Exits the room first, then stops the engine, closes sockets and the server. */
  close(): Promise<void>;
}

/** What the browser host needs: where to listen, what to serve, and the session to serve windows of. */
export interface BrowserHostConfig {
  host: string;
  port: number;
  dirs: AppDirs;
  session: ConsoleSession;
  /** Fixed only by tests that need a known token; a fresh random one otherwise. */
  token?: string;
}

/**
 * Serves a console session to browser windows: the console at `/`, the preview at `/preview`, the wall
 * at `/wall`, and the bridge at `/bridge` with a per-launch token. Transports only: the session holds
 * the broker and the engine.
 */
export async function startBrowserHost(config: BrowserHostConfig): Promise<RunningHost> {
  const token = config.token ?? randomBytes(18).toString('base64url');
  const server = createHttpServer(config.dirs);
  const wss = attachBridgeServer(server, config.session.broker, token);
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
    close: async () => {
      await config.session.shutdown();
      for (const ws of wss.clients) ws.close(1001, 'the console is shutting down');
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
