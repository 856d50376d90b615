import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { BrowserWindow, Menu, app, ipcMain, screen, session } from 'electron';

import { IPC, type DesktopResponse, type DesktopWindow } from '@broadcast-core/desktop';

import { appDirs } from '../app-files/static-files';
import { startConsoleSession, type ConsoleSession } from '../session/start-console-session';
import { engineWindowLauncher, type EngineWindowProcess } from './engine-window/engine-window-launcher';
import { handleDesktopRequest } from './ipc/desktop-requests-handler';
import { appMenuTemplate } from './lifecycle/app-menu';
import { setupBridgeIpc } from './ipc/setup-bridge-ipc';
import { TrustedSenders } from './ipc/trusted-senders';
import { setupAppProtocol } from './protocol/setup-app-protocol';
import { setupSecurity } from './security/setup-security';
import { SettingsStore, savePreferences } from './settings';
import { resolveEngine, type NativeSdk } from './trtc/engine-choice';
import { DesktopViewers } from './viewers/desktop-viewers';
import { electronDisplays } from './windows/electron-displays';
import { WindowManager } from './windows/window-manager';

/** Where the compiled preloads are, next to this file. */
const UI_PRELOAD = join(__dirname, 'preload', 'preload.js');
const ENGINE_PRELOAD = join(__dirname, 'engine-window', 'engine-window-preload.js');

/** Where trtc-electron-sdk's native addon must be for this platform (the SDK loads it from its own build folder). */
function nativeSdk(): NativeSdk {
  let path = 'trtc-electron-sdk/build/Release/trtc_electron_sdk.node';
  try {
    path = join(dirname(require.resolve('trtc-electron-sdk/package.json')), 'build', 'Release', 'trtc_electron_sdk.node');
  } catch {
    return { present: false, path };
  }
  return { present: existsSync(path), path };
}

/**
 * The desktop host, assembled from small setups: the app's own protocol and security rules, the settings
 * file, a console session whose engine runs in a hidden engine window, the bridge over IPC, and the window
 * manager over every display. Only transports and windows are its own; the session is the browser host's.
 */
export async function startDesktopApp(): Promise<void> {
  const senders = new TrustedSenders();
  const settings = new SettingsStore(app.getPath('userData'));
  const loaded = await settings.load();
  const engine = resolveEngine(process.argv, settings.current.engine, nativeSdk());
  const notices = [...loaded.notices, ...engine.notices];

  setupAppProtocol(appDirs(app.getAppPath()));
  const menu = appMenuTemplate(process.platform, app.isPackaged);
  if (menu !== 'default') Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  let windows: WindowManager | null = null;
  setupSecurity({ app, session: session.defaultSession, senders, openOwnWindow: (name: DesktopWindow) => windows?.show(name) });

  const consoleSession: ConsoleSession<EngineWindowProcess> = startConsoleSession<EngineWindowProcess>({
    engine: engine.choice,
    launcherFor: (choice) => engineWindowLauncher(choice, { preload: ENGINE_PRELOAD, senders, devSecretKey: settings.current.devSecretKey }),
    viewersFor: (supervisor) => new DesktopViewers(supervisor),
  });
  setupBridgeIpc(ipcMain, consoleSession.broker, senders);

  const manager = new WindowManager({
    preload: UI_PRELOAD,
    senders,
    settings,
    displays: electronDisplays(screen),
    createWindow: (options) => new BrowserWindow(options),
    onLayoutChanged: (layout) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (senders.roleOf(window.webContents.id) === 'ui') window.webContents.send(IPC.desktopEvent, { type: 'layoutChanged', layout });
      }
    },
    onConsoleClosed: () => app.quit(),
    onWindowLoaded: (name, send) => {
      if (name !== 'console') return;
      // The other windows follow the console's preferences through their shared storage.
      const { language, tokenUrl } = settings.current;
      send({ type: 'savedPreferences', preferences: { language, tokenUrl } });
      if (notices.length > 0) send({ type: 'notices', notices });
    },
  });
  windows = manager;
  ipcMain.handle(IPC.desktopInvoke, (event, request): DesktopResponse => {
    if (!senders.check(event, 'ui')) return { ok: false, error: { reason: 'invalid-request', message: 'not one of the app’s windows' } };
    return handleDesktopRequest(request, manager, (preferences) => void savePreferences(settings, preferences));
  });
  for (const change of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
    screen.on(change as 'display-added', () => manager.displaysChanged());
  }
  app.on('second-instance', () => manager.show('console'));

  // Leave the room cleanly before quitting: others see the host leave, not time out.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void consoleSession.shutdown().finally(() => app.exit(0));
  });
  app.on('window-all-closed', () => app.quit());

  manager.show('console');
}
