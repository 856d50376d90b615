import * as z from 'zod';

import { preferencesShape, type Preferences } from '../preferences/preferences-schema';

/** The windows the desktop app manages. */
export const DESKTOP_WINDOWS = ['console', 'preview', 'wall'] as const;

/** A window the desktop app manages. */
export type DesktopWindow = (typeof DESKTOP_WINDOWS)[number];

/** How a window sits on its display: a normal window, a projector filling the display, or a window kept above others. */
export const WINDOW_MODES = ['windowed', 'fullscreen', 'always-on-top'] as const;

/** A window's mode. */
export type WindowMode = (typeof WINDOW_MODES)[number];

const windowName = z.enum(DESKTOP_WINDOWS);
const otherWindow = z.enum(['preview', 'wall']);

/** A window-manager request from a UI window; validated by the main process, which trusts nothing else. */
export const desktopRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('layout') }),
  z.strictObject({ type: z.literal('openWindow'), window: otherWindow }),
  z.strictObject({ type: z.literal('closeWindow'), window: otherWindow }),
  z.strictObject({ type: z.literal('focusWindow'), window: windowName }),
  z.strictObject({ type: z.literal('savePreferences'), language: preferencesShape.language, tokenUrl: preferencesShape.tokenUrl }),
  z.strictObject({
    type: z.literal('placeWindow'),
    window: windowName,
    displayId: z.number().int().safe(),
    mode: z.enum(WINDOW_MODES),
  }),
]);

/** A validated window-manager request. */
export type DesktopRequest = z.infer<typeof desktopRequestSchema>;

/** A display as the console shows it. */
export interface DisplaySummary {
  id: number;
  label: string;
  primary: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}

/** Where a window is and how it sits there; `open` false for a window not shown now. */
export interface WindowState {
  open: boolean;
  displayId: number | null;
  mode: WindowMode;
}

/** The displays and where every window is: what the console's display controls show. */
export interface DesktopLayout {
  displays: DisplaySummary[];
  windows: Record<DesktopWindow, WindowState>;
}

/** The main process's answer to a request: the layout after it, or why it was refused. */
export type DesktopResponse = { ok: true; layout: DesktopLayout } | { ok: false; error: { reason: 'invalid-request' | 'no-such-display' | 'not-open'; message: string } };

/** The preferences the desktop app keeps in its settings file, beside the windows' own storage. */
export type SavedPreferences = Pick<Preferences, 'language' | 'tokenUrl'>;

/** Something the main process tells every UI window. */
export type DesktopEvent =
  /** The displays or the windows' placement changed (a monitor plugged in or out, a window moved). */
  | { type: 'layoutChanged'; layout: DesktopLayout }
  /** Something the user must know at launch (a damaged settings file, Tencent's SDK missing), in words. */
  | { type: 'notices'; notices: string[] }
  /** The language and token URL in the settings file, told to the console when it loads: they win over the window's storage. */
  | { type: 'savedPreferences'; preferences: SavedPreferences };
