// Stand-ins for the desktop app's renderer processes, made of the real renderer-side code: the engine
// window runs `serveEngineWindow` on `domEngineChannel` as its preload does; a UI window runs the real
// preload API over its fake ipcRenderer and the real ElectronTransport on a stand-in page. Only the
// process boundary is stood in for (a renderer's end of IPC, and window.postMessage to hand a port over).
import { basename } from 'node:path';
import type { MessagePort } from 'node:worker_threads';

import { decodeFrame, type ClientMessage, type Command, type DecodedFrame, type ServerMessage } from '@broadcast-core/bridge';
import { ElectronTransport, type FramePortLike, type FramePortSource } from '@broadcast-core/bridge-client/electron-transport';
import { IPC, type BroadcasterDesktopApi, type DesktopEvent } from '@broadcast-core/desktop';
import { roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import type { EngineCrashMode } from '../../engine/contract';
import type { ServedEngine } from '../../engine/serve-sandbox-engine';
import { domEngineChannel, type DomPortLike } from '../engine-window/dom-engine-channel';
import type { EngineWindowConfig } from '../engine-window/engine-window-launcher';
import { serveEngineWindow } from '../engine-window/serve-engine-window';
import { FRAME_PORT_ENVELOPE, createPreloadApi } from '../preload/preload-api';
import type { FakeBrowserWindow } from './fake-electron';

/** Waits until `check` returns something other than undefined/false, polling; fails with `what` after `ms`. */
export async function eventually<T>(check: () => T | undefined | false, what: string, ms = 3_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The engine window's renderer: on its `engine:channel` message it serves the chosen engine on the port that
 * came with it, exactly as `engine-window-preload.ts` does. It records the engine calls it is sent, and its
 * engine and ports end with the renderer (a crash, the window destroyed).
 */
export class EngineRenderer {
  /** What the main process told it to run, once the channel came. */
  config: EngineWindowConfig | null = null;
  /** The engine calls it received (`{t: 'call'}` methods), in order. */
  readonly calls: string[] = [];
  private served: ServedEngine | null = null;
  private readonly ports: MessagePort[] = [];

  constructor(readonly window: FakeBrowserWindow) {
    const contents = window.webContents;
    contents.ipc.once(IPC.engineChannel, (event, config: EngineWindowConfig) => {
      const port = event.ports[0];
      if (!port) return;
      this.config = config;
      this.ports.push(port);
      port.addEventListener('message', (message) => {
        const { data, ports } = message as unknown as { data: { t?: string; method?: string } | null; ports: readonly MessagePort[] };
        this.ports.push(...ports);
        if (data?.t === 'call' && data.method) {
          this.calls.push(data.method);
          window.electron.log.push(`engine call: ${data.method}`);
        }
      });
      this.served = serveEngineWindow(domEngineChannel(port as unknown as DomPortLike), config, { crash: (mode) => this.crash(mode) });
    });
    contents.onRendererGone(() => this.stop());
  }

  /** True while its engine runs. */
  get serving(): boolean {
    return this.served !== null;
  }

  /** The engine ends with its renderer: stopped, and every port it held closed. */
  private stop(): void {
    this.served?.stop();
    this.served = null;
    for (const port of this.ports.splice(0)) port.close();
  }

  /** A crash on purpose (sandbox.crashEngine), seen by the main process as Electron would report it. */
  private crash(mode: EngineCrashMode): void {
    setImmediate(() => {
      if (mode === 'hang') this.stop();
      else this.window.webContents.crash(mode === 'exit' ? { reason: 'abnormal-exit', exitCode: 70 } : { reason: 'crashed', exitCode: 139 });
    });
  }
}

/** A frame port the page was handed, and the frames that arrived on it. */
export interface DeliveredPort {
  port: MessagePort;
  frames: number;
}

/**
 * A UI window's renderer: the real preload API over the window's ipcRenderer, the real ElectronTransport
 * on a stand-in page that receives the frame port by window message (as `preload.ts` posts it). It keeps
 * a replica of the room state from the snapshot and actions, and acks every frame it gets.
 */
export class UiRenderer {
  readonly api: BroadcasterDesktopApi;
  readonly transport: ElectronTransport;
  /** Every bridge message, in order. */
  readonly messages: ServerMessage[] = [];
  /** Every desktop event (notices, layout changes), in order. */
  readonly events: DesktopEvent[] = [];
  /** Every frame port the page got, in order. */
  readonly ports: DeliveredPort[] = [];
  /** Every frame received, decoded. */
  readonly frames: DecodedFrame[] = [];
  /** The replica's actions, in order (after the latest snapshot). */
  readonly actions: RoomAction[] = [];
  private replica: { seq: number; state: RoomState } | null = null;
  private nextId = 1;

  constructor(readonly window: FakeBrowserWindow) {
    const pageListeners: Parameters<FramePortSource['addEventListener']>[1][] = [];
    const page: FramePortSource = { addEventListener: (_type, listener) => pageListeners.push(listener) };
    this.api = createPreloadApi(window.webContents.ipc, (port) => {
      const delivered: DeliveredPort = { port: port as MessagePort, frames: 0 };
      this.ports.push(delivered);
      delivered.port.addEventListener('message', (event) => {
        if ((event as unknown as { data: unknown }).data instanceof Uint8Array) delivered.frames++;
      });
      // window.postMessage(FRAME_PORT_ENVELOPE, origin, [port]) from the preload, as the page hears it.
      for (const listener of pageListeners) listener({ source: page, data: FRAME_PORT_ENVELOPE, ports: [port as FramePortLike] });
    });
    this.api.windows.onEvent((event) => this.events.push(event));
    this.transport = new ElectronTransport(this.api, page);
    this.transport.messages$.subscribe((message) => this.take(message));
    this.transport.frames$.subscribe((bytes) => {
      const frame = decodeFrame(bytes);
      if (!frame) return;
      this.frames.push(frame);
      this.transport.send({ t: 'frame-ack', stream: frame.stream });
    });
    window.webContents.onRendererGone(() => this.transport.close());
  }

  /** The replica's room state (throws before the first snapshot). */
  get state(): RoomState {
    if (!this.replica) throw new Error('no snapshot yet');
    return this.replica.state;
  }

  /** True once a snapshot came. */
  get synced(): boolean {
    return this.replica !== null;
  }

  /** Sends a bridge message the way the page's BridgeClient would. */
  send(message: ClientMessage): void {
    this.transport.send(message);
  }

  /** Sends a command and waits for its result. */
  async command(command: Command, ms = 3_000): Promise<Extract<ServerMessage, { t: 'result' }>> {
    const id = `c${this.nextId++}`;
    this.transport.send({ t: 'command', id, command });
    return eventually(() => this.messages.find((m): m is Extract<ServerMessage, { t: 'result' }> => m.t === 'result' && m.id === id), `the result of ${command.type}`, ms);
  }

  /** Waits until the replica's state satisfies `check`. */
  until(check: (state: RoomState) => boolean, what: string, ms = 3_000): Promise<RoomState> {
    return eventually(() => this.synced && check(this.state) && this.state, what, ms);
  }

  private take(message: ServerMessage): void {
    this.messages.push(message);
    if (message.t === 'snapshot') {
      this.replica = { seq: message.seq, state: message.state };
      this.actions.length = 0;
    } else if (message.t === 'action' && this.replica && message.seq === this.replica.seq + 1) {
      this.replica = { seq: message.seq, state: roomReducer(this.replica.state, message.action) };
      this.actions.push(message.action);
    }
  }
}

/** The renderer stand-ins of every window, started by the fake's `startRenderer` by the window's preload. */
export class FakeRenderers {
  readonly engines: EngineRenderer[] = [];
  readonly uis = new Map<FakeBrowserWindow, UiRenderer>();

  /** Starts the renderer of a window whose page loaded: the engine's for the engine preload, a UI's otherwise. */
  start(window: FakeBrowserWindow): void {
    const preload = window.options.webPreferences?.preload ?? '';
    if (basename(preload) === 'engine-window-preload.js') this.engines.push(new EngineRenderer(window));
    else if (basename(preload) === 'preload.js') this.uis.set(window, new UiRenderer(window));
  }

  /** The UI renderer of a window. */
  ui(window: FakeBrowserWindow): UiRenderer {
    const renderer = this.uis.get(window);
    if (!renderer) throw new Error(`window ${window.webContents.id} has no UI renderer`);
    return renderer;
  }
}
