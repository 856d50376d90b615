import type { App, Session } from 'electron';

import type { DesktopWindow } from '@broadcast-core/desktop';

import type { TrustedSenders } from '../ipc/trusted-senders';
import { isOwnPage, ownWindowFor, permissionGranted } from './security-policy';

/** What the security setup needs. */
export interface SecurityDeps {
  app: App;
  session: Session;
  senders: TrustedSenders;
  /** Opens or focuses one of the app's own windows (the window manager's way, never a child window). */
  openOwnWindow: (name: DesktopWindow) => void;
}

/**
 * Applies the Electron security checklist to every webContents the app ever creates: no navigation away
 * from the app's own pages, no new windows (a page asking for one of the app's windows gets the window
 * manager's), no <webview>, and permissions by window role (camera and microphone to the engine window
 * alone, full screen to UI windows, nothing else to anyone).
 */
export function setupSecurity({ app, session, senders, openOwnWindow }: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => {
    const stayHome = (event: { preventDefault(): void }, url: string) => {
      if (!isOwnPage(url)) event.preventDefault();
    };
    contents.on('will-navigate', stayHome);
    contents.on('will-redirect', stayHome);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const name = ownWindowFor(url);
      if (name) openOwnWindow(name);
      return { action: 'deny' };
    });
  });
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(permissionGranted(permission, senders.roleOf(contents.id), mediaTypes));
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    permissionGranted(permission, contents ? senders.roleOf(contents.id) : null, details.mediaType ? [details.mediaType] : []),
  );
}
