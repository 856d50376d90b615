import { desktopRequestSchema, type DesktopLayout, type DesktopResponse, type DesktopWindow, type SavedPreferences, type WindowMode } from '@broadcast-core/desktop';

/** The window manager, in the parts the requests use. */
export interface WindowControl {
  show(name: DesktopWindow): void;
  hide(name: DesktopWindow): boolean;
  place(name: DesktopWindow, displayId: number, mode: WindowMode): boolean;
  layout(): DesktopLayout;
}

/** Where the preferences a window saves go: the settings file (saved in the background, in order). */
export type SavePreferences = (preferences: SavedPreferences) => void;

/**
 * Carries out a window-manager request from a UI window: validated here again (the main process trusts no
 * window), answered with the layout after it, or with why it was refused.
 */
export function handleDesktopRequest(raw: unknown, windows: WindowControl, savePreferences: SavePreferences): DesktopResponse {
  const parsed = desktopRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { reason: 'invalid-request', message: `${issue.path.join('.') || 'request'}: ${issue.message}` } };
  }
  const request = parsed.data;
  switch (request.type) {
    case 'layout':
      break;
    case 'openWindow':
    case 'focusWindow':
      windows.show(request.window);
      break;
    case 'closeWindow':
      if (!windows.hide(request.window)) return { ok: false, error: { reason: 'not-open', message: `the ${request.window} window is not open` } };
      break;
    case 'savePreferences':
      savePreferences({ language: request.language, tokenUrl: request.tokenUrl });
      break;
    case 'placeWindow':
      if (!windows.place(request.window, request.displayId, request.mode)) {
        return { ok: false, error: { reason: 'no-such-display', message: `there is no display ${request.displayId}: it may have been unplugged` } };
      }
      break;
  }
  return { ok: true, layout: windows.layout() };
}
