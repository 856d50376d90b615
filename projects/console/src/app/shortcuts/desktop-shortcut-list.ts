/** What a desktop-app shortcut does: a window as a projector on display N, or the wall back into a window. */
export type DesktopShortcut = { kind: 'projector'; window: 'wall' | 'preview'; display: number } | { kind: 'wall-windowed' };

/** A shortcut as the help overlay lists it. */
export interface ShortcutHelpEntry {
  id: string;
  label: string;
  descriptionKey: string;
}

/** The desktop app's extra shortcuts, for the help overlay; shown only there. */
export const DESKTOP_SHORTCUTS: readonly ShortcutHelpEntry[] = [
  { id: 'wall-projector', label: 'Ctrl + Shift + 1…9', descriptionKey: 'shortcuts.wallProjector' },
  { id: 'preview-projector', label: 'Ctrl + Alt + 1…9', descriptionKey: 'shortcuts.previewProjector' },
  { id: 'wall-windowed', label: 'Ctrl + Shift + 0', descriptionKey: 'shortcuts.wallWindowed' },
];

/** The digit a key press is on, from the top row or the keypad; by physical key, since Shift turns '1' into '!'. */
function digitOf(code: string): number | null {
  const match = /^(?:Digit|Numpad)(\d)$/.exec(code);
  return match ? Number(match[1]) : null;
}

/**
 * The desktop shortcut a key press means, if any: Ctrl+Shift+1…9 the wall, Ctrl+Alt+1…9 the preview, as
 * a projector on that display; Ctrl+Shift+0 the wall back into a window. Meta is left to the OS.
 */
export function matchDesktopShortcut(event: Pick<KeyboardEvent, 'code' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): DesktopShortcut | null {
  if (!event.ctrlKey || event.metaKey || event.shiftKey === event.altKey) return null;
  const digit = digitOf(event.code);
  if (digit === null) return null;
  if (event.shiftKey) return digit === 0 ? { kind: 'wall-windowed' } : { kind: 'projector', window: 'wall', display: digit };
  return digit === 0 ? null : { kind: 'projector', window: 'preview', display: digit };
}
