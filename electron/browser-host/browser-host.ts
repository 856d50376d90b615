import type { AddressInfo } from 'node:net';

import type { ConsoleSession } from '../session/start-console-session';
import type { AppDirs } from '../app-files/static-files';
import { freshTokens, type AccessTokens } from './access-tokens';
import { allowedHosts } from './allowed-hosts';
import { attachBridgeServer } from './bridge-server';
import { createHttpServer } from './http-server';
import type { TlsIdentity } from './tls-identity';

/** Where each window of the console is opened, token included. */
export interface HostUrls {
  /** The console, with the control token. */
  console: string;
  /** The local preview, with the view token: it only watches. */
  preview: string;
  /** The remote/PK wall, with the view token. */
  wall: string;
}

/** A running browser host. */
export interface RunningHost {
  urls: HostUrls;
  tokens: AccessTokens;
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
  /** Kept across launches (--token-file), or fixed by tests; fresh random ones otherwise. */
  tokens?: AccessTokens;
  /** Serve HTTPS and WSS with this certificate (beyond loopback the token must not cross a network in clear). */
  tls?: TlsIdentity;
}

/**
 * Serves a console session to browser windows: the console at `/`, the preview at `/preview`, the wall
 * at `/wall`, and the bridge at `/bridge`, where a control token may command and a view token only
 * watch. Pages and the bridge answer only to Host headers naming this host. Transports only: the
 * session holds the broker and the engine.
 */
export async function startBrowserHost(config: BrowserHostConfig): Promise<RunningHost> {
  const tokens = config.tokens ?? freshTokens();
  let hosts: ReadonlySet<string> = new Set();
  const server = createHttpServer({ dirs: config.dirs, hosts: () => hosts }, config.tls);
  const scheme = config.tls ? 'https' : 'http';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(config.host, port);
  const wss = attachBridgeServer(server, config.session.broker, { tokens, scheme, hosts });
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const base = `${scheme}://${shownHost}:${port}`;
  return {
    urls: {
      console: `${base}/?token=${tokens.control}`,
      preview: `${base}/preview?token=${tokens.view}`,
      wall: `${base}/wall?token=${tokens.view}`,
    },
    tokens,
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
