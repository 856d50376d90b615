// The modules, not the barrel: the barrel's Angular token must not end up in a sandboxed preload.
import type { BroadcasterDesktopApi } from '@broadcast-core/desktop/desktop-api';
import { desktopRequestSchema, type DesktopEvent, type DesktopResponse } from '@broadcast-core/desktop/desktop-requests';
import { FRAME_PORT_MESSAGE, IPC } from '@broadcast-core/desktop/ipc-channels';

/** An IPC listener as Electron calls it: the event (with any transferred ports), then the message's arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type IpcListener = (event: { ports: readonly any[] }, ...args: any[]) => void;

/** What the preload needs of Electron's ipcRenderer (stood in by specs). */
export interface IpcRendererLike {
  send(channel: string, ...args: unknown[]): void;
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** Hands a port to the page (the main world), which cannot receive it through the context bridge. */
export type PortForwarder = (port: unknown) => void;

/**
 * The API a UI window's preload exposes: named functions over the fixed IPC channels, and nothing of
 * Electron itself. Texts in, texts out: the broker validates every message, so the preload need not.
 * A window-manager request is checked here too, so a broken one never reaches the main process.
 */
export function createPreloadApi(ipc: IpcRendererLike, forwardPort: PortForwarder): BroadcasterDesktopApi {
  // The frame port comes from the main process; the page gets it by window message, with the port transferred.
  ipc.on(IPC.bridgeFramePort, (event) => {
    const port = event.ports?.[0];
    if (port) forwardPort(port);
  });
  const listen = <T>(channel: string, listener: (value: T) => void) => {
    const handler: IpcListener = (_event, value: unknown) => listener(value as T);
    ipc.on(channel, handler);
    return () => void ipc.removeListener(channel, handler);
  };
  return {
    bridge: {
      connect: () => ipc.send(IPC.bridgeConnect),
      send: (text) => {
        if (typeof text === 'string') ipc.send(IPC.bridgeSend, text);
      },
      onMessage: (listener) => listen<string>(IPC.bridgeMessage, (text) => typeof text === 'string' && listener(text)),
    },
    windows: {
      request: async (request) => {
        const parsed = desktopRequestSchema.safeParse(request);
        if (!parsed.success) {
          return { ok: false, error: { reason: 'invalid-request', message: parsed.error.issues[0].message } } satisfies DesktopResponse;
        }
        return (await ipc.invoke(IPC.desktopInvoke, parsed.data)) as DesktopResponse;
      },
      onEvent: (listener) => listen<DesktopEvent>(IPC.desktopEvent, listener),
    },
  };
}

/** The message a preload posts to its page to hand over the frame port. */
export const FRAME_PORT_ENVELOPE = { type: FRAME_PORT_MESSAGE } as const;
