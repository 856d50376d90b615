import { IPC } from '@broadcast-core/desktop';

import type { Broker } from '../../broker/broker';
import { WINDOW_BUDGET_BYTES } from '../../broker/window-budget';
import type { IpcEventLike, TrustedSenders } from './trusted-senders';

/** A UI window's webContents, in the parts the bridge uses. */
export interface BridgeWebContents {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  postMessage(channel: string, message: unknown, transfer?: never[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
}

/** An IPC event as the bridge receives it. */
export type BridgeIpcEvent = IpcEventLike & { readonly sender: BridgeWebContents };

/** What the bridge needs of Electron's ipcMain (stood in by specs). */
export interface IpcMainLike {
  on(channel: string, listener: (event: BridgeIpcEvent, ...args: unknown[]) => void): unknown;
}

/**
 * Serves the bridge over IPC: a UI window connects (again on every reload), sends ClientMessage texts,
 * and hears ServerMessage texts; its frame port goes to it directly. Only the app's own UI windows are
 * heard (TrustedSenders); anything else is dropped unanswered. Asynchronous both ways: no window ever
 * waits on the main process.
 */
export function setupBridgeIpc(ipcMain: IpcMainLike, broker: Broker, senders: TrustedSenders): void {
  const connections = new Map<number, string>();
  /** Windows whose page hangs: IPC to them would pile up in this process, so the broker skips them until they answer again. */
  const hung = new Set<number>();
  const disconnect = (contentsId: number) => {
    const windowId = connections.get(contentsId);
    if (windowId === undefined) return;
    connections.delete(contentsId);
    broker.disconnect(windowId);
  };

  ipcMain.on(IPC.bridgeConnect, (event) => {
    if (!senders.check(event, 'ui')) return;
    const contents = event.sender;
    const firstTime = !connections.has(contents.id);
    disconnect(contents.id);
    const windowId = broker.connect({
      send: (text) => {
        if (!contents.isDestroyed()) contents.send(IPC.bridgeMessage, text);
      },
      // Frames never come this way in the desktop app: they have their own port.
      sendFrame: () => {},
      deliverFramePort: (port) => {
        if (!contents.isDestroyed()) contents.postMessage(IPC.bridgeFramePort, null, [port as never]);
      },
      // Past the budget, so actions stop, but not so far that answers stop: a page that wakes gets its answers.
      backlog: () => (hung.has(contents.id) ? WINDOW_BUDGET_BYTES + 1 : 0),
    });
    connections.set(contents.id, windowId);
    if (firstTime) {
      contents.once('destroyed', () => {
        disconnect(contents.id);
        hung.delete(contents.id);
      });
      contents.on('unresponsive', () => hung.add(contents.id));
      contents.on('responsive', () => hung.delete(contents.id));
    }
  });

  ipcMain.on(IPC.bridgeSend, (event, text) => {
    if (!senders.check(event, 'ui') || typeof text !== 'string') return;
    const windowId = connections.get(event.sender.id);
    if (windowId !== undefined) broker.receive(windowId, text);
  });
}
