// Thin stand-ins for the parts of Electron the desktop host's main process uses, so the real assembly
// (desktop-app.ts and everything it wires) runs under Jest without the Electron binary. Each fake only
// records what the app did and lets a spec play Electron's part back: emit an event, send IPC as a given
// window, fetch a page through the app's protocol handler. Renderers are not simulated here: `startRenderer`
// is called when a window's page has loaded, and a spec puts the real renderer-side code behind it.
import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

import type { BrowserWindowConstructorOptions, Display } from 'electron';

/** A rect as Electron gives it. */
export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display of `screen`, in the parts the app reads; `taskbar` is cut from the bottom of its work area. */
export function fakeDisplay(id: number, bounds: FakeRect, options: { label?: string; scaleFactor?: number; taskbar?: number } = {}): Display {
  const taskbar = options.taskbar ?? 40;
  return {
    id,
    label: options.label ?? `Display ${id}`,
    bounds: { ...bounds },
    workArea: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height - taskbar },
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - taskbar },
    scaleFactor: options.scaleFactor ?? 1,
    rotation: 0,
    internal: false,
  } as Display;
}

/** An IPC event as a renderer's ipcRenderer listener gets it: the ports that came with the message. */
export interface RendererIpcEvent {
  readonly ports: readonly MessagePort[];
}

// The same loose listener type as the preload's IpcRendererLike: arguments are whatever the main process sent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RendererListener = (event: RendererIpcEvent, ...args: any[]) => void;

/** The frame an IPC message came from, as the main process sees it (Electron's WebFrameMain, in part). */
export interface FakeSenderFrame {
  url: string;
  parent: unknown;
}

/**
 * A renderer's `ipcRenderer`: `send` and `invoke` reach the fake ipcMain as this webContents' main frame
 * (at the URL it shows), and what the main process sends this webContents reaches the listeners here.
 * Both ways are asynchronous, like IPC.
 */
export class FakeIpcRenderer {
  private readonly listeners = new Map<string, RendererListener[]>();

  constructor(private readonly contents: FakeWebContents) {}

  send(channel: string, ...args: unknown[]): void {
    setImmediate(() => {
      if (this.contents.rendererAlive) this.contents.electron.ipcMain.receive(this.contents, this.contents.mainFrame(), channel, args);
    });
  }

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      setImmediate(() => this.contents.electron.ipcMain.invokeAs(this.contents, this.contents.mainFrame(), channel, args).then(resolve, reject));
    });
  }

  on(channel: string, listener: RendererListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  once(channel: string, listener: RendererListener): this {
    const wrapped: RendererListener = (event, ...args) => {
      this.removeListener(channel, wrapped);
      listener(event, ...args);
    };
    return this.on(channel, wrapped);
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.set(channel, (this.listeners.get(channel) ?? []).filter((l) => l !== listener));
    return this;
  }

  /** Called by the main side: delivers one message to this renderer's listeners. */
  deliver(channel: string, ports: readonly MessagePort[], args: readonly unknown[]): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) listener({ ports }, ...args);
  }
}

/** One message the main process sent a webContents. */
export interface SentMessage {
  channel: string;
  args: unknown[];
  ports: number;
}

/** A window's webContents (and, through `ipc`, its renderer's side of IPC). */
export class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly ipc = new FakeIpcRenderer(this);
  /** Everything sent with `send` or `postMessage`, in order. */
  readonly sent: SentMessage[] = [];
  /** The handler the app set with setWindowOpenHandler. */
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  rendererAlive = true;
  private url = '';
  private destroyed = false;
  private readonly rendererEnds: (() => void)[] = [];

  constructor(readonly electron: FakeElectron) {
    super();
    this.id = electron.nextContentsId++;
  }

  getURL(): string {
    return this.url;
  }

  /** Sets the URL the page shows (loadURL does). */
  navigatedTo(url: string): void {
    this.url = url;
  }

  /** The main frame as the main process sees it in an IPC event. */
  mainFrame(): FakeSenderFrame {
    return { url: this.url, parent: null };
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args, ports: 0 });
    setImmediate(() => this.rendererAlive && this.ipc.deliver(channel, [], args));
  }

  /** Like Electron: the transferred MessagePortMains leave the main process and reach the renderer as DOM ports. */
  postMessage(channel: string, message: unknown, transfer: readonly FakeMessagePortMain[] = []): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const ports = transfer.map((port) => port.transfer());
    this.sent.push({ channel, args: [message], ports: ports.length });
    setImmediate(() => {
      if (this.rendererAlive) this.ipc.deliver(channel, ports, [message]);
      else for (const port of ports) port.close();
    });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Registers what ends with this webContents' renderer (a stand-in's engine, ports, transport). */
  onRendererGone(end: () => void): void {
    if (!this.rendererAlive) end();
    else this.rendererEnds.push(end);
  }

  /** The renderer process goes away: its stand-in stops and nothing more reaches it. */
  killRenderer(): void {
    if (!this.rendererAlive) return;
    this.rendererAlive = false;
    for (const end of this.rendererEnds.splice(0)) end();
  }

  /** The renderer dies as Electron reports it (`render-process-gone`), the window staying. */
  crash(details: { reason: string; exitCode: number }): void {
    this.killRenderer();
    this.emit('render-process-gone', { preventDefault: () => {} }, details);
  }

  /** Emits a preventable event (will-navigate, will-redirect...), telling whether the app prevented it. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }

  /** Destroys it (its window closed), as Electron does: the renderer goes, then `destroyed`. */
  destroy(): void {
    if (this.destroyed) return;
    this.killRenderer();
    this.destroyed = true;
    this.emit('destroyed');
  }
}

/** A BrowserWindow: records its options and what the app did to it; `loadURL` goes through the app's protocol. */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[] = [];
  /** Every setBounds, in order. */
  readonly boundsSet: FakeRect[] = [];
  private bounds: FakeRect;
  private normalBounds: FakeRect;
  private fullScreen = false;
  private alwaysOnTop = false;
  private visible: boolean;
  private destroyed = false;

  constructor(
    readonly electron: FakeElectron,
    readonly options: BrowserWindowConstructorOptions,
  ) {
    super();
    this.webContents = new FakeWebContents(electron);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.normalBounds = { ...this.bounds };
    this.visible = options.show !== false;
    electron.windows.push(this);
    electron.log.push(`window ${this.webContents.id} created`);
    electron.app.emit('web-contents-created', {}, this.webContents);
  }

  /** Loads a page through the app's protocol handler, then (as the renderer would) runs its stand-in and says it loaded. */
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.navigatedTo(url);
    const response = await this.electron.protocol.fetch(url);
    if (this.destroyed) return;
    if (response.status !== 200) {
      this.webContents.emit('did-fail-load', {}, -6, `HTTP ${response.status}`, url);
      return;
    }
    this.electron.startRenderer(this);
    this.webContents.emit('did-finish-load');
  }

  show(): void {
    this.visible = true;
  }

  hide(): void {
    this.visible = false;
  }

  focus(): void {}

  isVisible(): boolean {
    return this.visible;
  }

  setBounds(bounds: FakeRect): void {
    this.boundsSet.push({ ...bounds });
    this.bounds = { ...bounds };
    if (!this.fullScreen) this.normalBounds = { ...bounds };
  }

  getBounds(): FakeRect {
    return { ...this.bounds };
  }

  getNormalBounds(): FakeRect {
    return { ...this.normalBounds };
  }

  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Closes it unless a `close` listener prevents that. */
  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.electron.log.push(`window ${this.webContents.id} destroyed`);
    this.emit('closed');
  }
}

/**
 * Electron's MessagePortMain over a Node MessagePort: `on('message', (e) => e.data / e.ports)`, queued until
 * `start()`. Sent to a renderer (`webContents.postMessage`) or to another port, it leaves this side.
 */
export class FakeMessagePortMain extends EventEmitter {
  private started = false;
  private gone = false;

  constructor(private readonly port: MessagePort) {
    super();
  }

  postMessage(message: unknown, transfer: readonly FakeMessagePortMain[] = []): void {
    if (this.gone) throw new Error('MessagePortMain: this port was transferred');
    this.port.postMessage(message, transfer.map((p) => p.transfer()));
  }

  start(): void {
    if (this.started || this.gone) return;
    this.started = true;
    this.port.addEventListener('message', (event) => {
      const { data, ports } = event as unknown as { data: unknown; ports: readonly MessagePort[] };
      this.emit('message', { data, ports: ports.map((p) => new FakeMessagePortMain(p)) });
    });
    this.port.start();
  }

  close(): void {
    if (!this.gone) this.port.close();
  }

  /** Hands the underlying port over (to a renderer, or inside a message); this side cannot use it again. */
  transfer(): MessagePort {
    if (this.gone) throw new Error('MessagePortMain: a port can be transferred once');
    this.gone = true;
    return this.port;
  }
}

/** The fake ipcMain: records listeners and handlers, and plays messages from a given webContents and frame. */
export class FakeIpcMain {
  private readonly listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  private readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  /** Every message a renderer sent, in order (channel and arguments). */
  readonly received: { contentsId: number; channel: string; args: unknown[] }[] = [];

  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** The channels with listeners or handlers. */
  channels(): { on: string[]; handle: string[] } {
    return { on: [...this.listeners.keys()], handle: [...this.handlers.keys()] };
  }

  /** A message from `contents` as sent by `frame` (a forged or foreign frame, say): what `ipcRenderer.send` becomes. */
  receive(contents: FakeWebContents, frame: FakeSenderFrame, channel: string, args: readonly unknown[]): void {
    this.received.push({ contentsId: contents.id, channel, args: [...args] });
    const event = { sender: contents, senderFrame: frame, ports: [], processId: 1, frameId: 1 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }

  /** An `ipcRenderer.invoke` from `contents` as `frame`: the handler's answer, or a rejection as Electron gives it. */
  async invokeAs(contents: FakeWebContents, frame: FakeSenderFrame, channel: string, args: readonly unknown[]): Promise<unknown> {
    this.received.push({ contentsId: contents.id, channel, args: [...args] });
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender: contents, senderFrame: frame, processId: 1, frameId: 1 }, ...args);
  }
}

/** The fake `screen`: the displays a spec sets, and the display-* events it emits. */
export class FakeScreen extends EventEmitter {
  private displays: Display[];
  private primaryId: number;

  constructor(displays: readonly Display[]) {
    super();
    this.displays = [...displays];
    this.primaryId = displays[0].id;
  }

  getAllDisplays(): Display[] {
    return this.displays.map((d) => ({ ...d }));
  }

  getPrimaryDisplay(): Display {
    return { ...this.displays.find((d) => d.id === this.primaryId)! };
  }

  /** Changes the displays (the first is primary unless said otherwise); emit the display-* event after. */
  setDisplays(displays: readonly Display[], primaryId = displays[0].id): void {
    this.displays = [...displays];
    this.primaryId = primaryId;
  }
}

/** The permission handlers the app gave the default session. */
export class FakeSession {
  permissionRequestHandler: ((contents: FakeWebContents, permission: string, callback: (granted: boolean) => void, details: object) => void) | null = null;
  permissionCheckHandler: ((contents: FakeWebContents | null, permission: string, origin: string, details: object) => boolean) | null = null;

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  /** What the request handler answers for `contents` asking for `permission`. */
  request(contents: FakeWebContents, permission: string, details: object = {}): boolean {
    let granted: boolean | undefined;
    this.permissionRequestHandler!(contents, permission, (answer) => (granted = answer), details);
    if (granted === undefined) throw new Error('the permission request handler did not answer');
    return granted;
  }
}

/** The fake `protocol`: privileged schemes and handlers, and a way to fetch through them. */
export class FakeProtocol {
  readonly privileged: { scheme: string; privileges?: object }[] = [];
  private readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  constructor(private readonly electron: FakeElectron) {}

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: object }[]): void {
    if (this.electron.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.electron.log.push(`scheme registered: ${schemes.map((s) => s.scheme).join(',')}`);
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }

  /** Requests a URL as a window would: through the handler of its scheme, a 404 when there is none. */
  async fetch(url: string, method = 'GET'): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) return new Response('no handler', { status: 404 });
    return handler(new Request(url, { method }));
  }
}

/** The fake `app`. */
export class FakeApp extends EventEmitter {
  /** `app.exit` codes and `app.quit` calls, in order. */
  readonly exits: number[] = [];
  quits = 0;
  private ready = false;
  private readonly readyWaiters: (() => void)[] = [];
  private readonly exitWaiters: ((code: number) => void)[] = [];

  constructor(
    private readonly electron: FakeElectron,
    private readonly paths: { userData: string; appPath: string },
  ) {
    super();
  }

  getPath(name: string): string {
    if (name === 'userData') return this.paths.userData;
    throw new Error(`the fake app has no path "${name}"`);
  }

  getAppPath(): string {
    return this.paths.appPath;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Electron says it is ready. */
  becomeReady(): void {
    this.ready = true;
    this.electron.log.push('app ready');
    this.emit('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }

  /** Like Electron: `before-quit` first, which a listener may prevent. */
  quit(): void {
    this.quits++;
    this.electron.log.push('app.quit');
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.emit('will-quit', { preventDefault: () => {} });
  }

  /** Emits `before-quit` as the OS's quit would; true when the app prevented it. */
  emitBeforeQuit(): boolean {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    return prevented;
  }

  exit(code = 0): void {
    this.electron.log.push(`app.exit(${code})`);
    this.exits.push(code);
    for (const waiter of this.exitWaiters.splice(0)) waiter(code);
  }

  /** Resolves with the code of the next (or an earlier) `app.exit`. */
  exited(): Promise<number> {
    if (this.exits.length > 0) return Promise.resolve(this.exits[0]);
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }
}

/** What a fake Electron is made with. */
export interface FakeElectronOptions {
  userData: string;
  appPath: string;
  displays: readonly Display[];
  /** Called when a window's page has loaded (before `did-finish-load`): run that window's renderer stand-in. */
  startRenderer?: (window: FakeBrowserWindow) => void;
}

/**
 * One fake Electron: `electron` is the module a spec puts in place of 'electron'
 * (`jest.doMock('electron', () => fake.electron)`); the rest is for the spec.
 */
export class FakeElectron {
  /** What happened, in order, across objects (windows created and destroyed, scheme registered, ready, quit, exit). */
  readonly log: string[] = [];
  /** Every window ever created, in order. */
  readonly windows: FakeBrowserWindow[] = [];
  nextContentsId = 1;
  readonly app: FakeApp;
  readonly ipcMain = new FakeIpcMain();
  readonly screen: FakeScreen;
  readonly session = new FakeSession();
  readonly protocol = new FakeProtocol(this);
  readonly errorBoxes: { title: string; content: string }[] = [];
  private readonly channels: MessageChannel[] = [];
  private readonly strangers: FakeWebContents[] = [];
  readonly electron: Record<string, unknown>;

  constructor(private readonly options: FakeElectronOptions) {
    this.app = new FakeApp(this, options);
    this.screen = new FakeScreen(options.displays);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const BrowserWindow = class extends FakeBrowserWindow {
      constructor(windowOptions: BrowserWindowConstructorOptions = {}) {
        super(fake, windowOptions);
      }

      static getAllWindows(): FakeBrowserWindow[] {
        return fake.windows.filter((w) => !w.isDestroyed());
      }
    };
    const MessageChannelMain = class {
      readonly port1: FakeMessagePortMain;
      readonly port2: FakeMessagePortMain;
      constructor() {
        const channel = new MessageChannel();
        fake.channels.push(channel);
        this.port1 = new FakeMessagePortMain(channel.port1);
        this.port2 = new FakeMessagePortMain(channel.port2);
      }
    };
    this.electron = {
      app: this.app,
      BrowserWindow,
      MessageChannelMain,
      ipcMain: this.ipcMain,
      screen: this.screen,
      session: { defaultSession: this.session },
      protocol: this.protocol,
      dialog: {
        showErrorBox: (title: string, content: string) => this.errorBoxes.push({ title, content }),
      },
    };
  }

  /** Runs the stand-in renderer of a window whose page loaded. */
  startRenderer(window: FakeBrowserWindow): void {
    this.options.startRenderer?.(window);
  }

  /** A webContents the app did not create (a devtools page, another app's view), at `url`. */
  strangerContents(url: string): FakeWebContents {
    const contents = new FakeWebContents(this);
    contents.navigatedTo(url);
    this.strangers.push(contents);
    return contents;
  }

  /** Ends everything still alive: windows (and their renderer stand-ins), and every channel ever made. */
  dispose(): void {
    for (const window of this.windows) window.destroy();
    for (const contents of this.strangers) contents.destroy();
    for (const channel of this.channels) {
      channel.port1.close();
      channel.port2.close();
    }
  }
}
