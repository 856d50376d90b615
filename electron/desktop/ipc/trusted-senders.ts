/** What the main process knows of the frame an IPC message came from (Electron's WebFrameMain, in part). */
export interface SenderFrameLike {
  readonly url: string;
  /** The frame's own parent; null for a window's main frame. */
  readonly parent: unknown;
}

/** An IPC event, in the parts the check reads (Electron's IpcMainEvent / IpcMainInvokeEvent). */
export interface IpcEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrameLike | null;
}

/** Which of the app's own windows a registered webContents is. */
export type WindowRole = 'ui' | 'engine';

/** The origin every page of the app is served from. */
export const APP_ORIGIN = 'app://';

/**
 * The webContents the main process created, and what each may do. An IPC message is trusted only when it
 * comes from the main frame of one of them, still showing the app's own content (never a navigated-away,
 * embedded or foreign frame): everything else is dropped unanswered.
 */
export class TrustedSenders {
  private readonly roles = new Map<number, { role: WindowRole; name: string }>();

  /** Registers a webContents the app created. */
  add(webContentsId: number, role: WindowRole, name: string): void {
    this.roles.set(webContentsId, { role, name });
  }

  /** Forgets a webContents (destroyed). */
  remove(webContentsId: number): void {
    this.roles.delete(webContentsId);
  }

  /** The role of a webContents the app created, or null for any other. */
  roleOf(webContentsId: number): WindowRole | null {
    return this.roles.get(webContentsId)?.role ?? null;
  }

  /** The window name of a trusted sender with this role, or null when the event must be dropped. */
  check(event: IpcEventLike, role: WindowRole): string | null {
    const known = this.roles.get(event.sender.id);
    if (!known || known.role !== role) return null;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return null;
    if (!isAppUrl(frame.url)) return null;
    return known.name;
  }
}

/** True for a URL of the app's own content. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'app:';
  } catch {
    return false;
  }
}
