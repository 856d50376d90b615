import { BrowserWindow, MessageChannelMain, type MessagePortMain } from 'electron';

import { IPC } from '@broadcast-core/desktop';

import type { EngineLauncher, EngineProcess, ViewerToEngine } from '../../engine/contract';
import { exitNotifier } from '../../engine/pairs/exit-notifier';
import type { EngineChoice } from '../../session/start-console-session';
import type { TrustedSenders } from '../ipc/trusted-senders';
import { PAGE_URLS } from '../protocol/app-protocol';
import { mainPortEnd } from './main-port-end';
import { describeRenderGone } from './render-gone';

/** What the engine window is told when its channel arrives (over the main process's own channel: it is trusted). */
export interface EngineWindowConfig {
  engine: EngineChoice;
  /** A development secret key for signing userSigs on Tencent's cloud; it never leaves the main process and this window. */
  devSecretKey?: string;
}

/** An engine in a hidden window: a viewer's port can go straight to a UI window, so frames skip the main process. */
export interface EngineWindowProcess extends EngineProcess {
  /** Opens a frame channel for a viewer; the engine gets one end, and the other is returned to hand to the viewer's window. */
  connectViewer(viewerId: string): MessagePortMain;
}

/** Where the engine window's preload is, who may talk to the main process, and a development key if configured. */
export interface EngineWindowOptions {
  preload: string;
  senders: TrustedSenders;
  devSecretKey?: string;
}

/**
 * Runs the engine in a hidden, trusted window: trtc-electron-sdk needs a renderer (it touches `document`
 * when loaded). The window shows only the app's own engine page, is never throttled in the background,
 * and talks to the main process over one MessagePort of the engine contract. Its end (crash, exit,
 * unresponsiveness, closing) is reported as the engine's exit, so the supervisor replaces it.
 */
export function engineWindowLauncher(choice: EngineChoice, options: EngineWindowOptions): EngineLauncher<EngineWindowProcess> {
  return (): EngineWindowProcess => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        preload: options.preload,
        // Trusted and local only: the engine page has no content of its own, its preload runs the engine.
        nodeIntegration: true,
        contextIsolation: false,
        sandbox: false,
        webSecurity: true,
        backgroundThrottling: false,
      },
    });
    const contents = window.webContents;
    const contentsId = contents.id;
    options.senders.add(contentsId, 'engine', 'engine');
    const { port1, port2 } = new MessageChannelMain();
    const channel = mainPortEnd(port1);
    const exit = exitNotifier();
    const exited = exit.exited;
    const config: EngineWindowConfig = options.devSecretKey ? { engine: choice, devSecretKey: options.devSecretKey } : { engine: choice };
    contents.once('did-finish-load', () => contents.postMessage(IPC.engineChannel, config, [port2]));
    contents.on('render-process-gone', (_event, details) => exited(describeRenderGone(details)));
    contents.on('did-fail-load', (_event, code, description) => exited(`the engine page did not load: ${description} (${code})`));
    window.on('unresponsive', () => exited('the engine window stopped responding'));
    window.on('closed', () => {
      options.senders.remove(contentsId);
      exited('the engine window was closed');
    });
    void window.loadURL(PAGE_URLS.engine);

    const connectViewer = (viewerId: string): MessagePortMain => {
      const viewer = new MessageChannelMain();
      port1.postMessage({ t: 'viewer-open', viewerId }, [viewer.port1]);
      return viewer.port2;
    };
    return {
      channel,
      connectViewer,
      openViewer: (viewerId) => mainPortEnd<Uint8Array, ViewerToEngine>(connectViewer(viewerId)),
      onExit: exit.onExit,
      terminate: async () => {
        exit.stopped();
        if (!window.isDestroyed()) window.destroy();
      },
    };
  };
}
