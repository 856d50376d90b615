import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';
import WebSocket, { type WebSocketServer } from 'ws';

import { BRIDGE_PATH, i420Length, type ServerMessage } from '@broadcast-core/bridge';

import { createTestBroker, voiceVolume, type TestBroker } from '../broker/testing/broker-fixtures';
import { CATCH_UP_CHECK_MS } from '../broker/window-budget';
import { loopbackPolicy } from './access-check';
import { attachBridgeServer } from './bridge-server';

// The per-window budget, proved over real sockets: what the host itself holds for a client (ws's bufferedAmount:
// its queue plus the socket's userland buffer; the kernel's buffers come on top and are the kernel's bound).

// Room for an honest viewer's two 360p frames in flight and the actions between them.
const BUDGET = 1024 * 1024;
const TOKENS = { control: 'control-token', view: 'view-token' };
const USERS = 120;
const FRAME = { width: 640, height: 360 };

/** A client of the bridge over a real socket, counting what it reads; `paused` ones read nothing. */
class Client {
  readonly ws: WebSocket;
  readonly messages: ServerMessage[] = [];
  frames = 0;
  private readonly opened: Promise<void>;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('message', (data, binary) => {
      if (binary) this.frames++;
      else this.messages.push(JSON.parse(data.toString()) as ServerMessage);
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  /** Resolves once the socket is open and the hello and first snapshot were read. */
  async ready(): Promise<void> {
    await this.opened;
    await until(() => this.messages.some((m) => m.t === 'snapshot'));
  }

  send(message: object): void {
    this.ws.send(JSON.stringify(message));
  }

  /** The seq of the newest snapshot or action read. */
  lastSeq(): number | null {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i];
      if (m.t === 'snapshot' || m.t === 'action') return m.seq;
    }
    return null;
  }
}

/** Waits (real time) until `check` holds, for at most 10 s. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets the host's sockets write what they can. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

function frame(n: number): TRTCVideoFrame {
  const length = i420Length(FRAME.width, FRAME.height);
  return { videoFormat: 1, bufferType: 1, data: new Uint8Array(length).fill(n % 256).buffer, textureId: 0, length, ...FRAME, timestamp: n, rotation: 0 };
}

jest.setTimeout(30_000);

describe('the browser host holds hostile clients to the per-window budget, over real sockets', () => {
  let t: TestBroker;
  let server: Server;
  let wss: WebSocketServer;
  let url: string;
  const clients: Client[] = [];

  /** Most bytes the host held for each client's socket, by its local port. */
  const held = new Map<number, number>();
  const sampleHeld = () => {
    for (const ws of wss.clients) {
      const port = (ws as unknown as { _socket: { remotePort: number } })._socket.remotePort;
      held.set(port, Math.max(held.get(port) ?? 0, ws.bufferedAmount));
    }
  };
  const portOf = (client: Client) => (client.ws as unknown as { _socket: { localPort: number } })._socket.localPort;
  const heldFor = (client: Client) => held.get(portOf(client)) ?? 0;
  /** What the host holds for the client's socket now. */
  const holdsNow = (client: Client) =>
    [...wss.clients].find((ws) => (ws as unknown as { _socket: { remotePort: number } })._socket.remotePort === portOf(client))?.bufferedAmount ?? 0;

  /** A client that read again: the host sees it drained at its next catch-up check, on the virtual clock. */
  const caughtUp = async (client: Client) => {
    await until(() => holdsNow(client) === 0);
    await until(() => {
      t.timers.advance(CATCH_UP_CHECK_MS);
      return client.lastSeq() === t.broker.snapshot().seq;
    });
  };

  const connect = async (token = TOKENS.control) => {
    const client = new Client(`${url}?token=${token}`);
    clients.push(client);
    await client.ready();
    return client;
  };

  /** A busy room: every user's voice level moves with each report, and (with `frames`) a local frame is rendered, then `frames` runs. */
  const storm = async (reports: number, frames?: () => void) => {
    for (let r = 0; r < reports; r++) {
      const volumes = Array.from({ length: USERS }, (_, i) => voiceVolume(`user_${i}`, 5 + ((r * 7 + i * 13) % 95)));
      t.engine.emit({ name: 'onUserVoiceVolume', args: [volumes, USERS, 50] });
      if (frames) {
        t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, frame(r));
        frames();
        // A turn per frame, as at 30 fps: the acks sent get read before the next frame.
        await turn();
      }
      if (r % 10 === 0) {
        await turn();
        sampleHeld();
      }
    }
    await turn();
    sampleHeld();
  };

  beforeEach(async () => {
    held.clear();
    t = createTestBroker({ windowBudgetBytes: BUDGET });
    for (let i = 0; i < USERS; i++) t.engine.emit({ name: 'onRemoteUserEnterRoom', args: [`user_${i}`] });
    server = createServer();
    wss = attachBridgeServer(server, t.broker, loopbackPolicy(server, TOKENS));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${BRIDGE_PATH}`;
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.ws.terminate();
    wss.close();
    await new Promise((resolve) => server.close(resolve));
    t.session.broker.dispose();
  });

  it('a client that never reads is held to the budget while an honest one keeps up, and gets a snapshot once it drains', async () => {
    const honest = await connect();
    const stalled = await connect(TOKENS.view);
    stalled.ws.pause();
    await storm(5000);
    // Several megabytes of actions went out meanwhile: the host held at most the budget and one message for the stalled one.
    const actionsBytes = honest.messages.filter((m) => m.t === 'action').reduce((sum, m) => sum + JSON.stringify(m).length, 0);
    expect(actionsBytes).toBeGreaterThan(6 * BUDGET);
    expect(heldFor(stalled)).toBeGreaterThan(0);
    expect(heldFor(stalled)).toBeLessThanOrEqual(BUDGET + 64 * 1024);
    await until(() => honest.lastSeq() === t.broker.snapshot().seq);

    stalled.ws.resume();
    await caughtUp(stalled);
    expect(stalled.messages.at(-1)?.t).toBe('snapshot');
  });

  it('a client that acks frames it never read is held to the budget, and an honest viewer keeps getting frames', async () => {
    const honest = await connect(TOKENS.view);
    const liar = await connect(TOKENS.view);
    // The honest viewer acks what it read; the liar acks a flood of frames it never read.
    honest.ws.on('message', (_data, binary) => binary && honest.send({ t: 'frame-ack', stream: 'local' }));
    honest.send({ t: 'subscribe', stream: 'local' });
    liar.send({ t: 'subscribe', stream: 'local' });
    // Both subscriptions are in once a frame reaches each.
    await until(() => {
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, frame(0));
      return honest.frames > 0 && liar.frames > 0;
    });
    liar.ws.pause();
    const before = honest.frames;
    for (let round = 1; round <= 40; round++) {
      await storm(10, () => liar.send({ t: 'frame-ack', stream: 'local' }));
      // The honest viewer is never held back by the liar: it gets each round's frames (newest wins past two in flight).
      await until(() => honest.frames > before + round);
    }
    const frameBytes = i420Length(FRAME.width, FRAME.height);
    expect(heldFor(liar)).toBeGreaterThan(0);
    expect(heldFor(liar)).toBeLessThanOrEqual(BUDGET + frameBytes + 64 * 1024);
    // The honest viewer drew (nearly) every frame: at most one in ten replaced by a newer one.
    expect(honest.frames - before).toBeGreaterThanOrEqual(360);

    // Once it reads again, it gets the newest frame.
    liar.ws.resume();
    const liarBefore = liar.frames;
    await caughtUp(liar);
    await until(() => {
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, frame(999));
      return liar.frames > liarBefore;
    });
  });

  it('a client flooding resync without reading gets a few snapshots, is held to twice the budget, and leaves the others unaffected', async () => {
    const honest = await connect();
    const flooder = await connect(TOKENS.view);
    flooder.ws.pause();
    for (let i = 0; i < 2000; i++) flooder.send({ t: 'resync' });
    await storm(300);
    await until(() => honest.lastSeq() === t.broker.snapshot().seq);
    expect(heldFor(flooder)).toBeLessThanOrEqual(2 * BUDGET + 64 * 1024);

    flooder.ws.resume();
    await caughtUp(flooder);
    const snapshots = flooder.messages.filter((m) => m.t === 'snapshot').length;
    expect(snapshots).toBeLessThanOrEqual(10);
    expect(flooder.messages.filter((m) => m.t === 'result' && !m.ok && m.error.code === 'rate-limited').length).toBeGreaterThan(0);
  });
});
