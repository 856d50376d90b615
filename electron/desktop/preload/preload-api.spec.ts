import { FRAME_PORT_MESSAGE, IPC } from '@broadcast-core/desktop';

import { FRAME_PORT_ENVELOPE, createPreloadApi, type IpcRendererLike } from './preload-api';

type Listener = Parameters<IpcRendererLike['on']>[1];

/** A stand-in for Electron's ipcRenderer: records what is sent and lets the spec deliver messages. */
function fakeIpc() {
  const sent: unknown[][] = [];
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Listener[]>();
  const ipc: IpcRendererLike = {
    send: (channel, ...args) => sent.push([channel, ...args]),
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, layout: { displays: [], windows: {} } };
    },
    on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
  };
  const deliver = (channel: string, ports: unknown[], ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ ports }, ...args));
  return { ipc, sent, invoked, deliver, listeners };
}

/** Every key of an object tree, with the type of each leaf. */
function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
}

describe('createPreloadApi', () => {
  it('exposes named functions only: the bridge and the window manager, nothing of Electron', () => {
    const api = createPreloadApi(fakeIpc().ipc, () => {});
    expect(shape(api)).toEqual({
      bridge: { connect: 'function', send: 'function', onMessage: 'function' },
      windows: { request: 'function', onEvent: 'function' },
    });
  });

  it('speaks on the fixed channels only, and sends texts as texts', () => {
    const { ipc, sent } = fakeIpc();
    const api = createPreloadApi(ipc, () => {});
    api.bridge.connect();
    api.bridge.send('{"t":"resync"}');
    api.bridge.send({ t: 'resync' } as unknown as string);
    expect(sent).toEqual([[IPC.bridgeConnect], [IPC.bridgeSend, '{"t":"resync"}']]);
  });

  it('hands bridge messages to listeners until they stop listening', () => {
    const { ipc, deliver } = fakeIpc();
    const api = createPreloadApi(ipc, () => {});
    const heard: string[] = [];
    const stop = api.bridge.onMessage((text) => heard.push(text));
    deliver(IPC.bridgeMessage, [], '{"t":"hello"}');
    deliver(IPC.bridgeMessage, [], { not: 'text' });
    stop();
    deliver(IPC.bridgeMessage, [], '{"t":"snapshot"}');
    expect(heard).toEqual(['{"t":"hello"}']);
  });

  it('forwards the frame port to the page, and ignores a frame-port message without one', () => {
    const { ipc, deliver } = fakeIpc();
    const ports: unknown[] = [];
    createPreloadApi(ipc, (port) => ports.push(port));
    const port = { name: 'port' };
    deliver(IPC.bridgeFramePort, [port], null);
    deliver(IPC.bridgeFramePort, [], null);
    expect(ports).toEqual([port]);
    expect(FRAME_PORT_ENVELOPE).toEqual({ type: FRAME_PORT_MESSAGE });
  });

  it('asks the main process only with a valid window request, and refuses a broken one itself', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createPreloadApi(ipc, () => {});
    expect(await api.windows.request({ type: 'openWindow', window: 'wall' })).toMatchObject({ ok: true });
    expect(await api.windows.request({ type: 'openWindow', window: 'engine' } as never)).toMatchObject({ ok: false, error: { reason: 'invalid-request' } });
    expect(invoked).toEqual([[IPC.desktopInvoke, { type: 'openWindow', window: 'wall' }]]);
  });

  it('passes window-manager events on', () => {
    const { ipc, deliver } = fakeIpc();
    const api = createPreloadApi(ipc, () => {});
    const events: unknown[] = [];
    api.windows.onEvent((event) => events.push(event));
    deliver(IPC.desktopEvent, [], { type: 'notices', notices: ['x'] });
    expect(events).toEqual([{ type: 'notices', notices: ['x'] }]);
  });
});
