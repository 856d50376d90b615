import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { firstValueFrom, filter, take, toArray, type Observable } from 'rxjs';
import { TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';
import WebSocket from 'ws';

import { decodeFrame, i420Length, type ServerMessage } from '@broadcast-core/bridge';
import type { BridgeTransport } from '@broadcast-core/bridge-client/bridge-transport';
import { ElectronTransport, type FramePortLike, type FramePortSource } from '@broadcast-core/bridge-client/electron-transport';
import { WebSocketTransport } from '@broadcast-core/bridge-client/websocket-transport';
import { FRAME_PORT_MESSAGE, IPC } from '@broadcast-core/desktop';

import { loopbackPolicy } from '../../browser-host/access-check';
import { attachBridgeServer } from '../../browser-host/bridge-server';
import { ENTER_LIVE, createTestBroker, jsonNormal, type TestBroker } from '../../broker/testing/broker-fixtures';
import { CATCH_UP_CHECK_MS } from '../../broker/window-budget';
import { createPreloadApi, type IpcRendererLike } from '../preload/preload-api';
import { setupBridgeIpc, type BridgeIpcEvent, type BridgeWebContents, type IpcMainLike } from './setup-bridge-ipc';
import { TrustedSenders } from './trusted-senders';

// The same contract, run over both transports a window may have: the browser host's WebSocket, and the
// desktop app's preload IPC with a frame port to the engine. Only Electron's own objects (ipcMain,
// ipcRenderer, webContents, the window's postMessage) are stood in for; the broker, the bridge server,
// the preload API, the IPC setup, the viewer routing and both transports are the real ones.

/** One window's transport, and how to make another window (or a reload) on the same host. */
interface Harness {
  t: TestBroker;
  open(): BridgeTransport;
  stop(): Promise<void>;
}

/** A frame the scripted engine renders. */
function videoFrame(fill: number): TRTCVideoFrame {
  const length = i420Length(4, 2);
  return { videoFormat: 1, bufferType: 1, data: new Uint8Array(length).fill(fill).buffer, textureId: 0, length, width: 4, height: 2, timestamp: fill, rotation: 0 };
}

/** The browser host's way: a real WebSocket server and client. */
async function webSocketHarness(): Promise<Harness> {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
  const t = createTestBroker();
  const server: Server = createServer();
  const wss = attachBridgeServer(server, t.broker, loopbackPolicy(server, { control: 'tok', view: 'view-tok' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const transports: BridgeTransport[] = [];
  return {
    t,
    open: () => {
      const transport = new WebSocketTransport(`ws://127.0.0.1:${port}/bridge?token=tok`, (url) => new WebSocket(url) as never);
      transports.push(transport);
      return transport;
    },
    stop: async () => {
      for (const transport of transports) transport.close();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The desktop app's way: preload API over stood-in IPC, the IPC setup on a stood-in ipcMain, frame ports as real MessagePorts. */
async function desktopHarness(): Promise<Harness> {
  const t = createTestBroker({ desktopViewers: true });
  const mainListeners = new Map<string, ((event: BridgeIpcEvent, ...args: unknown[]) => void)[]>();
  const ipcMain: IpcMainLike = {
    on: (channel, listener) => mainListeners.set(channel, [...(mainListeners.get(channel) ?? []), listener]),
  };
  const senders = new TrustedSenders();
  setupBridgeIpc(ipcMain, t.broker, senders);
  const transports: BridgeTransport[] = [];
  let nextContentsId = 1;

  /** One UI window: its webContents (main side), its ipcRenderer and its page's window (renderer side). */
  const makeWindow = () => {
    const rendererListeners = new Map<string, ((event: { ports: readonly unknown[] }, ...args: unknown[]) => void)[]>();
    const destroyed: (() => void)[] = [];
    let alive = true;
    const deliver = (channel: string, ports: readonly unknown[], ...args: unknown[]) =>
      setTimeout(() => alive && rendererListeners.get(channel)?.forEach((l) => l({ ports }, ...args)), 0);
    const contents: BridgeWebContents = {
      id: nextContentsId++,
      send: (channel, ...args) => deliver(channel, [], ...args),
      postMessage: (channel, message, transfer = []) => deliver(channel, transfer, message),
      isDestroyed: () => !alive,
      once: (_event, listener) => destroyed.push(listener),
      on: () => {},
    };
    senders.add(contents.id, 'ui', 'console');
    const event: BridgeIpcEvent = { sender: contents, senderFrame: { url: 'app://broadcaster/', parent: null } };
    const ipcRenderer: IpcRendererLike = {
      send: (channel, ...args) => setTimeout(() => alive && mainListeners.get(channel)?.forEach((l) => l(event, ...args)), 0),
      invoke: async () => undefined,
      on: (channel, listener) => rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]),
      removeListener: (channel, listener) => rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((l) => l !== listener)),
    };
    const pageListeners: Parameters<FramePortSource['addEventListener']>[1][] = [];
    const page: FramePortSource = { addEventListener: (_type, listener) => pageListeners.push(listener) };
    const api = createPreloadApi(ipcRenderer, (port) =>
      pageListeners.forEach((l) => l({ source: page, data: { type: FRAME_PORT_MESSAGE }, ports: [port as FramePortLike] })),
    );
    return { api, page, destroy: () => ((alive = false), destroyed.forEach((l) => l())) };
  };

  const windows: ReturnType<typeof makeWindow>[] = [];
  return {
    t,
    open: () => {
      const window = makeWindow();
      windows.push(window);
      const transport = new ElectronTransport(window.api, window.page);
      transports.push(transport);
      return transport;
    },
    stop: async () => {
      for (const transport of transports) transport.close();
      for (const window of windows) window.destroy();
    },
  };
}

/** Collects messages until one matches, or fails after `ms`. */
async function until<T extends ServerMessage>(messages$: Observable<ServerMessage>, match: (m: ServerMessage) => m is T, ms = 3_000): Promise<T> {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    firstValueFrom(messages$.pipe(filter(match))),
    new Promise<never>((_, reject) => (timeout = setTimeout(() => reject(new Error(`no matching message within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timeout));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  ['the WebSocket transport (browser host)', webSocketHarness],
  ['the preload transport (desktop app)', desktopHarness],
])('the bridge over %s', (_name, makeHarness) => {
  let h: Harness;
  beforeEach(async () => {
    h = await makeHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('opens with a hello, then the snapshot at the broker’s seq', async () => {
    const transport = h.open();
    const [hello, snapshot] = await firstValueFrom(transport.messages$.pipe(take(2), toArray()));
    expect(hello).toMatchObject({ t: 'hello', protocol: 1, engine: 'sandbox' });
    expect(snapshot).toMatchObject({ t: 'snapshot', seq: h.t.broker.snapshot().seq });
    expect(await firstValueFrom(transport.status$)).toEqual({ state: 'open' });
  });

  it('answers a command once, with its id, after the pending state reached the window as an action', async () => {
    const transport = h.open();
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    const seen: ServerMessage[] = [];
    transport.messages$.subscribe((m) => seen.push(m));
    transport.send({ t: 'command', id: 'enter-1', command: ENTER_LIVE });
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'result' && m.id === 'enter-1');
    await wait(50);
    const kinds = seen.map((m) => (m.t === 'action' ? m.action.type : m.t));
    expect(kinds.indexOf('[Console] Enter Room Requested')).toBeLessThan(kinds.indexOf('result'));
    expect(seen.filter((m) => m.t === 'result')).toEqual([{ t: 'result', id: 'enter-1', ok: true }]);
  });

  it('delivers a typed refusal for a command the room cannot take', async () => {
    const transport = h.open();
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    transport.send({ t: 'command', id: 'exit-1', command: { type: 'exitRoom' } });
    const result = await until(transport.messages$, (m): m is Extract<ServerMessage, { t: 'result' }> => m.t === 'result');
    expect(result).toMatchObject({ id: 'exit-1', ok: false, error: { code: 'invalid-state', reason: 'notInRoom' } });
  });

  it('streams frames a window subscribed to, at most two ahead of its acks', async () => {
    const transport = h.open();
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    const frames: Uint8Array[] = [];
    transport.frames$.subscribe((f) => frames.push(f));
    transport.send({ t: 'subscribe', stream: 'local' });
    await wait(50);
    for (let i = 1; i <= 4; i++) h.t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
    await wait(100);
    expect(frames.map((f) => decodeFrame(f)?.data[0])).toEqual([1, 2]);
    transport.send({ t: 'frame-ack', stream: 'local' });
    await wait(100);
    expect(frames.map((f) => decodeFrame(f)?.frameNo)).toEqual([1, 2, 4]);
  });

  it('keeps a window’s frames flowing across an engine restart, with no help from the window', async () => {
    const transport = h.open();
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    const frames: Uint8Array[] = [];
    transport.frames$.subscribe((f) => frames.push(f));
    transport.send({ t: 'subscribe', stream: 'local' });
    await wait(50);
    h.t.stepped.crash();
    h.t.timers.advance(0);
    await wait(100);
    h.t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(9));
    await wait(100);
    expect(frames.map((f) => decodeFrame(f)?.data[0])).toEqual([9]);
  });

  it('gives a second window (or a reloaded one) its own hello and snapshot, and the same actions', async () => {
    const first = h.open();
    await until(first.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    const second = h.open();
    const [hello, snapshot] = await firstValueFrom(second.messages$.pipe(take(2), toArray()));
    expect(snapshot).toMatchObject({ t: 'snapshot' });
    const both = Promise.all([first, second].map((tr) => until(tr.messages$, (m): m is Extract<ServerMessage, { t: 'action' }> => m.t === 'action')));
    h.t.engine.emit({ name: 'onWarning', args: [5102, 'busy'] });
    const [a, b] = await both;
    expect(a).toEqual(b);
    expect(hello).toMatchObject({ t: 'hello', windowId: expect.stringMatching(/^w\d+$/) });
  });

  it('stops delivering once closed', async () => {
    const transport = h.open();
    await until(transport.messages$, (m): m is ServerMessage => m.t === 'snapshot');
    const after: ServerMessage[] = [];
    transport.close();
    transport.messages$.subscribe((m) => after.push(m));
    h.t.engine.emit({ name: 'onWarning', args: [5102, 'busy'] });
    await wait(100);
    expect(after).toEqual([]);
  });
});

describe('the desktop bridge refuses what did not come from the app’s own windows', () => {
  it('drops messages from an unknown webContents and from a frame that is not the app’s', () => {
    const t = createTestBroker({ desktopViewers: true });
    const listeners = new Map<string, (event: BridgeIpcEvent, ...args: unknown[]) => void>();
    setupBridgeIpc({ on: (channel, listener) => listeners.set(channel, listener) }, t.broker, new TrustedSenders());
    const sent: unknown[] = [];
    const stranger: BridgeWebContents = { id: 99, send: (...args) => sent.push(args), postMessage: () => {}, isDestroyed: () => false, once: () => {}, on: () => {} };
    listeners.get(IPC.bridgeConnect)!({ sender: stranger, senderFrame: { url: 'app://broadcaster/', parent: null } });
    listeners.get(IPC.bridgeSend)!({ sender: stranger, senderFrame: { url: 'https://evil.example/', parent: null } }, JSON.stringify({ t: 'command', id: 'x', command: ENTER_LIVE }));
    expect(sent).toEqual([]);
    expect(t.broker.snapshot().state.session.status).toBe('idle');
  });
});

describe('the desktop bridge skips a window whose page hangs', () => {
  it('sends a hung window nothing more until it answers again, then a fresh snapshot, and keeps answering its commands', () => {
    const t = createTestBroker({ desktopViewers: true });
    const listeners = new Map<string, (event: BridgeIpcEvent, ...args: unknown[]) => void>();
    const senders = new TrustedSenders();
    setupBridgeIpc({ on: (channel, listener) => listeners.set(channel, listener) }, t.broker, senders);
    const page = new EventEmitter();
    const sent: ServerMessage[] = [];
    const contents: BridgeWebContents = {
      id: 7,
      send: (_channel, text) => sent.push(JSON.parse(text as string)),
      postMessage: () => {},
      isDestroyed: () => false,
      once: (event, listener) => page.once(event, listener),
      on: (event, listener) => page.on(event, listener),
    };
    senders.add(contents.id, 'ui', 'console');
    const event: BridgeIpcEvent = { sender: contents, senderFrame: { url: 'app://broadcaster/', parent: null } };
    listeners.get(IPC.bridgeConnect)!(event);
    expect(sent.map((m) => m.t)).toEqual(['hello', 'snapshot']);

    page.emit('unresponsive');
    t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['anna'] });
    listeners.get(IPC.bridgeSend)!(event, JSON.stringify({ t: 'command', id: 'x', command: { type: 'exitRoom' } }));
    expect(sent.map((m) => m.t)).toEqual(['hello', 'snapshot', 'result']);

    page.emit('responsive');
    t.timers.advance(CATCH_UP_CHECK_MS);
    const last = sent.at(-1);
    expect(last?.t).toBe('snapshot');
    expect(last).toEqual(jsonNormal({ t: 'snapshot', ...t.broker.snapshot() }));
    page.emit('destroyed');
  });
});
