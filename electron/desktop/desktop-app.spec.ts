import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Command, ServerMessage } from '@broadcast-core/bridge';
import { IPC, type DesktopEvent, type DesktopWindow } from '@broadcast-core/desktop';
import { EngineActions, type RoomAction } from '@broadcast-core/room-state';

import { FakeElectron, fakeDisplay, type FakeBrowserWindow, type FakeRect } from './testing/fake-electron';
import { FakeRenderers, eventually, type EngineRenderer, type UiRenderer } from './testing/fake-renderers';

// The desktop host as Electron would start it (main.ts, then startDesktopApp) with only Electron's own
// objects stood in for (testing/fake-electron.ts). Everything else is the real code: settings on disk, the
// app protocol, security, the console session and broker, a real sandbox engine served in the engine
// window's stand-in renderer, the preload API and ElectronTransport in each UI window's stand-in renderer,
// frame ports as real MessagePorts, and the window manager over the fake screen.

const PRIMARY = fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { label: 'Built-in' });
const PROJECTOR = fakeDisplay(2, { x: 1920, y: 0, width: 1280, height: 720 }, { label: 'Projector', taskbar: 0 });

const PAGES: Record<DesktopWindow | 'engine', string> = {
  console: 'app://broadcaster/',
  preview: 'app://broadcaster/preview',
  wall: 'app://broadcaster/wall',
  engine: 'app://broadcaster/engine',
};

const ENTER: Command = { type: 'enterRoom', params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: 20 }, scene: 1 };

/** A page as the Angular build writes it, reduced to what the protocol touches. */
const INDEX_HTML = '<!doctype html><html><head><title>Broadcaster Console</title></head><body><bc-root></bc-root></body></html>';

/** A launched desktop app: the fake Electron, the renderer stand-ins, and where its files are. */
interface Desktop {
  fake: FakeElectron;
  renderers: FakeRenderers;
  userData: string;
  /** The open window showing this page (the newest, if several did). */
  window(name: DesktopWindow): FakeBrowserWindow;
  /** Every engine window ever created, oldest first. */
  engineWindows(): FakeBrowserWindow[];
  /** Every UI window ever created, oldest first. */
  uiWindows(): FakeBrowserWindow[];
  /** The renderer of an open UI window. */
  ui(name: DesktopWindow): UiRenderer;
  /** The newest engine window's renderer. */
  engine(): EngineRenderer;
  /** Quits (if the spec did not) and releases everything. */
  close(): Promise<void>;
}

let current: Desktop | null = null;

/** Starts the desktop app through main.ts in a fresh module registry, with 'electron' stood in for. */
async function launch(options: { argv?: string[]; settingsFile?: string; prepare?: (userData: string) => void } = {}): Promise<Desktop> {
  const root = mkdtempSync(join(tmpdir(), 'bc-desktop-'));
  const userData = join(root, 'userData');
  const appPath = join(root, 'app');
  mkdirSync(userData);
  for (const app of ['console', 'preview-window']) {
    mkdirSync(join(appPath, 'dist', app, 'browser'), { recursive: true });
    writeFileSync(join(appPath, 'dist', app, 'browser', 'index.html'), INDEX_HTML);
  }
  if (options.settingsFile !== undefined) writeFileSync(join(userData, 'settings.json'), options.settingsFile);
  options.prepare?.(userData);

  const renderers = new FakeRenderers();
  const fake = new FakeElectron({ userData, appPath, displays: [PRIMARY, PROJECTOR], startRenderer: (window) => renderers.start(window) });
  const pageOf = (window: FakeBrowserWindow) => window.loadedUrls[0];
  const desktop: Desktop = {
    fake,
    renderers,
    userData,
    window: (name) => {
      const found = fake.windows.filter((w) => !w.isDestroyed() && pageOf(w) === PAGES[name]).at(-1);
      if (!found) throw new Error(`no ${name} window is open`);
      return found;
    },
    engineWindows: () => fake.windows.filter((w) => pageOf(w) === PAGES.engine),
    uiWindows: () => fake.windows.filter((w) => pageOf(w) !== PAGES.engine),
    ui: (name) => renderers.ui(desktop.window(name)),
    engine: () => renderers.engines.at(-1)!,
    close: async () => {
      if (fake.app.exits.length === 0 && fake.errorBoxes.length === 0) {
        fake.app.emitBeforeQuit();
        await fake.app.exited();
      }
      fake.dispose();
      // Let the last IPC deliveries and port closes run before the files go.
      await new Promise((resolve) => setTimeout(resolve, 20));
      rmSync(root, { recursive: true, force: true });
    },
  };
  current = desktop;

  jest.doMock('electron', () => fake.electron);
  const argv = process.argv;
  process.argv = [...argv, ...(options.argv ?? [])];
  try {
    await jest.isolateModulesAsync(async () => {
      await import('./main');
    });
    fake.app.becomeReady();
    // startDesktopApp reads the settings first, then the command line; the console window comes last.
    await eventually(() => fake.errorBoxes.length > 0 || fake.windows.some((w) => pageOf(w) === PAGES.console && renderers.uis.has(w)), 'the console window');
  } finally {
    process.argv = argv;
  }
  if (fake.errorBoxes.length > 0) throw new Error(`the app did not start: ${JSON.stringify(fake.errorBoxes)}`);
  return desktop;
}

afterEach(async () => {
  await current?.close();
  current = null;
});

/** Waits for the console's hello and snapshot and for a ready engine. */
async function readyConsole(d: Desktop): Promise<UiRenderer> {
  const ui = d.ui('console');
  await ui.until((s) => s.engineInfo.status === 'ready', 'the engine to be ready');
  return ui;
}

/** Enters the sandbox's room 29834 as host_1, waiting until the window's replica is in the room. */
async function enterRoom(ui: UiRenderer): Promise<void> {
  expect(await ui.command(ENTER)).toMatchObject({ ok: true });
  await ui.until((s) => s.session.status === 'in-room', 'in-room');
}

const isEngineLost = (action: RoomAction): action is ReturnType<typeof EngineActions.engineLost> => action.type === EngineActions.engineLost.type;
const isInside = (rect: FakeRect, area: FakeRect) =>
  rect.x >= area.x && rect.y >= area.y && rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height;
const readSettings = (d: Desktop) => JSON.parse(readFileSync(join(d.userData, 'settings.json'), 'utf8')) as { language: string; tokenUrl: string; windows: Record<string, { displayId: number; mode: string; bounds: FakeRect }> };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the desktop app (main process, with Electron stood in for)', () => {
  it('registers the app scheme before ready, serves pages with a CSP nonce, and opens the console securely on the primary display beside a hidden engine window', async () => {
    const d = await launch();
    const { fake } = d;

    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.log.indexOf('scheme registered: app')).toBeGreaterThanOrEqual(0);
    expect(fake.log.indexOf('scheme registered: app')).toBeLessThan(fake.log.indexOf('app ready'));

    const page = await fake.protocol.fetch('app://broadcaster/');
    expect(page.status).toBe(200);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("script-src 'self'");
    expect(await page.text()).toContain(`<bc-root ngCspNonce="${nonce}"></bc-root>`);
    const again = await fake.protocol.fetch('app://broadcaster/wall');
    expect(again.status).toBe(200);
    expect(again.headers.get('Content-Security-Policy')).not.toContain(`'nonce-${nonce}'`);
    expect((await fake.protocol.fetch('app://elsewhere/')).status).toBe(403);

    const ui = d.uiWindows();
    expect(ui.map((w) => w.loadedUrls)).toEqual([[PAGES.console]]);
    const consoleWindow = ui[0];
    expect(consoleWindow.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(__dirname, 'preload', 'preload.js'),
    });
    expect(consoleWindow.isVisible()).toBe(true);
    expect(isInside(consoleWindow.getBounds(), PRIMARY.workArea)).toBe(true);

    const engines = d.engineWindows();
    expect(engines).toHaveLength(1);
    expect(engines[0].options).toMatchObject({ show: false, webPreferences: { backgroundThrottling: false, preload: join(__dirname, 'engine-window', 'engine-window-preload.js') } });
    expect(engines[0].isVisible()).toBe(false);
  });

  it('connects the console over IPC (hello, then snapshot), reports the sandbox engine ready, and enters a room on command', async () => {
    const d = await launch();
    const ui = d.ui('console');
    await eventually(() => ui.messages.length >= 2, 'hello and snapshot');
    expect(ui.messages[0]).toMatchObject({ t: 'hello', protocol: 1, engine: 'sandbox' });
    expect(ui.messages[1]).toMatchObject({ t: 'snapshot' });

    const ready = await ui.until((s) => s.engineInfo.status === 'ready', 'the engine to be ready');
    expect(ready.engineInfo).toMatchObject({ kind: 'sandbox', status: 'ready', generation: 1 });
    expect(d.engine().config).toEqual({ engine: { kind: 'sandbox', scenario: 'rehearsal' } });

    const result = await ui.command(ENTER);
    expect(result).toEqual({ t: 'result', id: expect.any(String), ok: true });
    const inRoom = await ui.until((s) => s.session.status === 'in-room', 'in-room');
    expect(inRoom.session.params).toMatchObject({ roomId: 29834, userId: 'host_1' });
    expect(d.engine().calls).toContain('enterRoom');
  });

  it('streams the local preview to the console on its own frame port, never through IPC', async () => {
    const d = await launch();
    const ui = await readyConsole(d);
    expect(await ui.command({ type: 'startLocalPreview' })).toMatchObject({ ok: true });
    ui.send({ t: 'subscribe', stream: 'local' });

    await eventually(() => ui.frames.length >= 3, 'three local frames');
    expect(ui.frames.every((f) => f.stream === 'local' && f.width > 0 && f.height > 0)).toBe(true);
    expect(ui.ports).toHaveLength(1);
    expect(ui.ports[0].frames).toBeGreaterThanOrEqual(3);

    // IPC carried text only: bridge messages and desktop events to the window, texts and requests from it.
    const contents = d.window('console').webContents;
    expect(contents.sent.every((m) => [IPC.bridgeMessage, IPC.bridgeFramePort, IPC.desktopEvent].includes(m.channel as never))).toBe(true);
    expect(contents.sent.filter((m) => m.channel === IPC.bridgeFramePort)).toEqual([{ channel: IPC.bridgeFramePort, args: [null], ports: 1 }]);
    expect(contents.sent.filter((m) => m.channel === IPC.bridgeMessage).every((m) => m.args.length === 1 && typeof m.args[0] === 'string')).toBe(true);
    const binary = (value: unknown) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
    expect(contents.sent.some((m) => m.args.some(binary))).toBe(false);
    expect(d.fake.ipcMain.received.some((m) => m.args.some(binary))).toBe(false);
    expect(d.fake.ipcMain.received.filter((m) => m.channel === IPC.bridgeSend).map((m) => JSON.parse(m.args[0] as string).t)).not.toContain('subscribe');
  });

  it('survives the engine window crashing: every window is told why, a fresh hidden engine window starts, and frames flow again on a new port after re-entering', async () => {
    const d = await launch();
    const consoleUi = await readyConsole(d);
    expect(await consoleUi.api.windows.request({ type: 'openWindow', window: 'wall' })).toMatchObject({ ok: true });
    const wall = await eventually(() => d.renderers.uis.get(d.window('wall')), 'the wall window');
    await wall.until((s) => s.engineInfo.status === 'ready', 'the wall’s replica');
    await enterRoom(consoleUi);
    expect(await consoleUi.command({ type: 'startLocalPreview' })).toMatchObject({ ok: true });
    consoleUi.send({ t: 'subscribe', stream: 'local' });
    await eventually(() => consoleUi.ports[0]?.frames >= 2, 'frames before the crash');

    const [first] = d.engineWindows();
    first.webContents.crash({ reason: 'crashed', exitCode: 139 });

    const reason = 'the engine window crashed with code 139';
    for (const ui of [consoleUi, wall]) {
      const lost = await eventually(() => ui.actions.find(isEngineLost), 'Engine Lost');
      expect(lost.reason).toBe(reason);
    }
    expect(consoleUi.state.engineInfo.lastLoss?.reason).toBe(reason);
    await eventually(() => d.engineWindows().length === 2, 'a second engine window');
    expect(first.isDestroyed()).toBe(true);
    const second = d.engineWindows()[1];
    expect(second.options).toMatchObject({ show: false, webPreferences: { backgroundThrottling: false } });
    expect(second.isVisible()).toBe(false);

    await eventually(() => consoleUi.ports.length === 2 && wall.ports.length === 2, 'new frame ports for both windows');
    const ready = await consoleUi.until((s) => s.engineInfo.status === 'ready' && s.engineInfo.generation === 2, 'the fresh engine');
    expect(ready.session.interrupted).not.toBeNull();
    const oldPortFrames = consoleUi.ports[0].frames;

    expect(await consoleUi.command({ type: 'reenterRoom' })).toMatchObject({ ok: true });
    await consoleUi.until((s) => s.session.status === 'in-room', 'in-room again');
    await eventually(() => consoleUi.ports[1].frames >= 2, 'frames on the new port');
    expect(consoleUi.ports[0].frames).toBe(oldPortFrames);
    expect(d.engine().calls).toEqual(expect.arrayContaining(['startLocalPreview', 'enterRoom']));
  });

  it('applies the security rules: own windows only through the window manager, no foreign navigation, permissions by role, IPC from strangers ignored', async () => {
    const d = await launch();
    const { fake } = d;
    const ui = await readyConsole(d);
    const consoleContents = d.window('console').webContents;
    const engineContents = d.engineWindows()[0].webContents;

    // window.open of the app's own wall: the manager opens it, and no child window is made.
    expect(consoleContents.windowOpenHandler!({ url: 'app://broadcaster/wall' })).toEqual({ action: 'deny' });
    const wall = d.window('wall');
    expect(wall.options).toMatchObject({ title: 'Broadcaster Console: wall', webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    const windowsNow = fake.windows.length;
    expect(consoleContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(consoleContents.windowOpenHandler!({ url: 'app://broadcaster/wall' })).toEqual({ action: 'deny' });
    expect(fake.windows.length).toBe(windowsNow);

    // Navigation stays on the app's own pages, in every window.
    expect(consoleContents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(consoleContents.emitPreventable('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(engineContents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(consoleContents.emitPreventable('will-navigate', 'app://broadcaster/preview')).toBe(false);
    expect(consoleContents.emitPreventable('will-attach-webview', {}, {})).toBe(true);

    // Permissions by role.
    const stranger = fake.strangerContents('app://broadcaster/');
    expect(fake.session.request(engineContents, 'media', { mediaTypes: ['audio', 'video'] })).toBe(true);
    expect(fake.session.request(consoleContents, 'media', { mediaTypes: ['video'] })).toBe(false);
    expect(fake.session.request(stranger, 'media', { mediaTypes: ['audio'] })).toBe(false);
    expect(fake.session.request(consoleContents, 'fullscreen')).toBe(true);
    expect(fake.session.request(engineContents, 'fullscreen')).toBe(false);
    for (const contents of [consoleContents, engineContents, stranger]) expect(fake.session.request(contents, 'geolocation')).toBe(false);
    expect(fake.session.permissionCheckHandler!(engineContents, 'media', 'app://broadcaster', { mediaType: 'video' })).toBe(true);
    expect(fake.session.permissionCheckHandler!(consoleContents, 'media', 'app://broadcaster', { mediaType: 'video' })).toBe(false);
    expect(fake.session.permissionCheckHandler!(null, 'fullscreen', '', {})).toBe(false);

    // IPC from a webContents the app did not make, or from a frame that is not the app's: dropped, unanswered.
    const seenBefore = ui.messages.length;
    const forged = JSON.stringify({ t: 'command', id: 'forged', command: ENTER });
    stranger.ipc.send(IPC.bridgeConnect);
    stranger.ipc.send(IPC.bridgeSend, forged);
    fake.ipcMain.receive(consoleContents, { url: 'https://evil.example/', parent: null }, IPC.bridgeSend, [forged]);
    fake.ipcMain.receive(consoleContents, { url: 'app://broadcaster/', parent: { url: 'app://broadcaster/' } }, IPC.bridgeSend, [forged]);
    fake.ipcMain.receive(engineContents, engineContents.mainFrame(), IPC.bridgeSend, [forged]);
    fake.ipcMain.receive(consoleContents, { url: 'https://evil.example/', parent: null }, IPC.bridgeConnect, []);
    expect(await stranger.ipc.invoke(IPC.desktopInvoke, { type: 'openWindow', window: 'preview' })).toMatchObject({ ok: false, error: { reason: 'invalid-request' } });
    expect(
      await fake.ipcMain.invokeAs(consoleContents, { url: 'https://evil.example/', parent: null }, IPC.desktopInvoke, [{ type: 'openWindow', window: 'preview' }]),
    ).toMatchObject({ ok: false, error: { reason: 'invalid-request' } });
    await wait(300);
    expect(stranger.sent).toEqual([]);
    expect(fake.windows.some((w) => w.loadedUrls[0] === PAGES.preview)).toBe(false);
    const newMessages = ui.messages.slice(seenBefore);
    expect(newMessages.filter((m) => m.t !== 'action')).toEqual([]);
    expect(newMessages.some((m) => m.t === 'action' && m.action.type.startsWith('[Console]'))).toBe(false);
    expect(ui.state.session.status).toBe('idle');
    expect(d.engine().calls).not.toContain('enterRoom');
  });

  it('places the wall on another display over IPC, remembers it, moves it home when that display goes, and back when it returns', async () => {
    const d = await launch();
    const ui = await readyConsole(d);

    const response = await ui.api.windows.request({ type: 'placeWindow', window: 'wall', displayId: 2, mode: 'fullscreen' });
    expect(response).toMatchObject({ ok: true, layout: { windows: { wall: { open: true, displayId: 2, mode: 'fullscreen' } } } });
    const wall = d.window('wall');
    expect(wall.getBounds()).toEqual(PROJECTOR.bounds);
    expect(wall.isFullScreen()).toBe(true);
    const saved = await eventually(() => {
      try {
        return readSettings(d).windows.wall;
      } catch {
        return undefined;
      }
    }, 'the wall’s placement on disk');
    expect(saved).toMatchObject({ displayId: 2, displayLabel: 'Projector', mode: 'fullscreen', bounds: PROJECTOR.bounds });
    // The file is renamed into place before the directory is flushed and the store's copy updated: let that land.
    await wait(100);

    // The projector is unplugged: the wall comes back to the primary as a window, wholly visible.
    d.fake.screen.setDisplays([PRIMARY]);
    d.fake.screen.emit('display-removed', {}, PROJECTOR);
    expect(wall.isFullScreen()).toBe(false);
    expect(isInside(wall.getBounds(), PRIMARY.workArea)).toBe(true);
    const layout = await eventually(
      () => ui.events.filter((e): e is Extract<DesktopEvent, { type: 'layoutChanged' }> => e.type === 'layoutChanged').find((e) => e.layout.displays.length === 1),
      'the layout after the projector went',
    );
    expect(layout.layout.windows.wall).toEqual({ open: true, displayId: 1, mode: 'windowed' });
    await wait(50);
    expect(readSettings(d).windows.wall).toMatchObject({ displayId: 2, mode: 'fullscreen' });

    // Plugged back in: the wall is a projector on it again.
    d.fake.screen.setDisplays([PRIMARY, PROJECTOR]);
    d.fake.screen.emit('display-added', {}, PROJECTOR);
    expect(wall.getBounds()).toEqual(PROJECTOR.bounds);
    expect(wall.isFullScreen()).toBe(true);
  });

  // Which windows follow a display change is judged from where each open window belongs now, not from the
  // settings file: a placement whose save has not landed yet, or could not be written, still counts.
  it('moves a fullscreen projector off a display that went even when its placement could not be saved', async () => {
    // A directory where the settings file should be: read as unreadable at launch, and every save fails.
    const d = await launch({ prepare: (userData) => mkdirSync(join(userData, 'settings.json', 'in-the-way'), { recursive: true }) });
    const ui = await readyConsole(d);
    expect(await ui.api.windows.request({ type: 'placeWindow', window: 'wall', displayId: 2, mode: 'fullscreen' })).toMatchObject({ ok: true });
    const wall = d.window('wall');
    expect(wall.isFullScreen()).toBe(true);
    await wait(100);

    d.fake.screen.setDisplays([PRIMARY]);
    d.fake.screen.emit('display-removed', {}, PROJECTOR);
    expect(wall.isFullScreen()).toBe(false);
    expect(isInside(wall.getBounds(), PRIMARY.workArea)).toBe(true);
  });

  it('tells the console the language and token URL of its settings file at load, and saves the ones it changes', async () => {
    const d = await launch({ settingsFile: JSON.stringify({ version: 1, language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' }) });
    const ui = await readyConsole(d);
    const told = await eventually(() => ui.events.find((e): e is Extract<DesktopEvent, { type: 'savedPreferences' }> => e.type === 'savedPreferences'), 'the saved preferences');
    expect(told.preferences).toEqual({ language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' });

    expect(await ui.api.windows.request({ type: 'savePreferences', language: 'en', tokenUrl: '' })).toMatchObject({ ok: true });
    const saved = await eventually(() => (readSettings(d).language === 'en' ? readSettings(d) : undefined), 'the language on disk');
    expect(saved).toMatchObject({ language: 'en', tokenUrl: '' });
    // A window's bad values are refused before they reach the file.
    expect(await ui.api.windows.request({ type: 'savePreferences', language: 'fr', tokenUrl: '' } as never)).toMatchObject({ ok: false, error: { reason: 'invalid-request' } });
    await wait(50);
    expect(readSettings(d).language).toBe('en');
  });

  describe('tells the console at launch what the operator must know', () => {
    it('a damaged settings file, naming where it was moved', async () => {
      const d = await launch({ settingsFile: '{ "version": 1, "engine": ' });
      const ui = d.ui('console');
      const notices = await eventually(() => ui.events.find((e): e is Extract<DesktopEvent, { type: 'notices' }> => e.type === 'notices'), 'the notices');
      const aside = readdirSync(d.userData).filter((name) => /^settings\.corrupt-.+\.json$/.test(name));
      expect(aside).toHaveLength(1);
      expect(notices.notices).toEqual([expect.stringContaining(join(d.userData, aside[0]))]);
      expect(readFileSync(join(d.userData, aside[0]), 'utf8')).toBe('{ "version": 1, "engine": ');
      await readyConsole(d);
    });

    it('Tencent’s SDK asked for on the command line but not installed: the sandbox runs, and says so', async () => {
      const d = await launch({ argv: ['--engine', 'trtc'] });
      const ui = d.ui('console');
      const notices = await eventually(() => ui.events.find((e): e is Extract<DesktopEvent, { type: 'notices' }> => e.type === 'notices'), 'the notices');
      expect(notices.notices).toEqual([expect.stringMatching(/^Tencent's TRTC SDK is not installed for .*: the sandbox cloud runs instead/)]);
      const ready = await readyConsole(d);
      expect(ready.state.engineInfo.kind).toBe('sandbox');
      expect(ui.messages[0]).toMatchObject({ t: 'hello', engine: 'sandbox' });
      expect(d.engine().config).toEqual({ engine: { kind: 'sandbox', scenario: 'rehearsal' } });
    });
  });

  it('leaves the room on before-quit and exits only once the session has shut down', async () => {
    const d = await launch();
    const { fake } = d;
    const ui = await readyConsole(d);
    await enterRoom(ui);
    const engineWindow = d.engineWindows()[0];
    const consoleContents = d.window('console').webContents;
    let atExit: { engineCalls: string[]; engineGone: boolean; sentToConsole: string[] } | null = null;
    const exit = fake.app.exit.bind(fake.app);
    jest.spyOn(fake.app, 'exit').mockImplementation((code) => {
      atExit = {
        engineCalls: [...d.engine().calls],
        engineGone: engineWindow.isDestroyed(),
        sentToConsole: consoleContents.sent.filter((m) => m.channel === IPC.bridgeMessage).map((m) => m.args[0] as string),
      };
      exit(code);
    });

    expect(fake.app.emitBeforeQuit()).toBe(true);
    expect(fake.app.exits).toEqual([]);
    expect(await fake.app.exited()).toBe(0);

    expect(atExit).not.toBeNull();
    const { engineCalls, engineGone, sentToConsole } = atExit!;
    expect(engineCalls).toContain('exitRoom');
    expect(engineGone).toBe(true);
    const actions = sentToConsole.map((text) => JSON.parse(text) as ServerMessage).flatMap((m) => (m.t === 'action' ? [m.action.type] : []));
    expect(actions).toContain(EngineActions.roomExited.type);
    const order = ['engine call: exitRoom', `window ${engineWindow.webContents.id} destroyed`, 'app.exit(0)'].map((entry) => fake.log.indexOf(entry));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A second quit (the console closing as the app goes) is not held up again.
    expect(fake.app.emitBeforeQuit()).toBe(false);
    expect(fake.app.exits).toEqual([0]);
  });
});
