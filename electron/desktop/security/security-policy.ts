import { DESKTOP_WINDOWS, type DesktopWindow } from '@broadcast-core/desktop';

import { APP_ORIGIN_URL } from '../protocol/app-protocol';
import type { WindowRole } from '../ipc/trusted-senders';

/** The page path of each window a page may ask to open (the console's own links to its other windows). */
const WINDOW_PATHS: Record<string, DesktopWindow> = { '/': 'console', '/preview': 'preview', '/wall': 'wall' };

/** True for a URL of the app's own pages: the only place any window may navigate to. */
export function isOwnPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN_URL;
  } catch {
    return false;
  }
}

/**
 * What a `window.open` (or a link with a target) asks for: one of the app's own windows, which the window
 * manager opens or focuses itself, or null for anything else. Either way no child window is created.
 */
export function ownWindowFor(url: string): DesktopWindow | null {
  if (!isOwnPage(url)) return null;
  const name = WINDOW_PATHS[new URL(url).pathname.replace(/(.)\/$/, '$1')];
  return name && (DESKTOP_WINDOWS as readonly string[]).includes(name) ? name : null;
}

/**
 * Whether a permission request is granted, by which window asks. Camera and microphone belong to the
 * engine window alone (the SDK captures there); UI windows may go full screen (the preview's F key,
 * projectors) and nothing else. Every other permission, for every window, is denied.
 */
export function permissionGranted(permission: string, role: WindowRole | null, mediaTypes: readonly string[] = []): boolean {
  if (role === 'engine') return permission === 'media' && mediaTypes.every((t) => t === 'audio' || t === 'video');
  if (role === 'ui') return permission === 'fullscreen';
  return false;
}
