/**
 * How the console's own windows are titled (control panel, preview, wall). A shared screen leaves out
 * every window whose title starts with this, so the operator's controls never go on air.
 */
export const CONSOLE_WINDOW_TITLE_PREFIX = 'Broadcaster Console';

/** True for a capture source that is one of the console's own windows. */
export function isConsoleWindowTitle(sourceName: string): boolean {
  return sourceName.startsWith(CONSOLE_WINDOW_TITLE_PREFIX);
}
