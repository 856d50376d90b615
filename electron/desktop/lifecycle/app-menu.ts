import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: none on Windows and Linux, and on macOS only the app, Edit (copy and paste in the
 * forms) and Window menus. Electron's default menu would offer reload, developer tools and zoom shortcuts
 * (Ctrl+0, Ctrl+Shift+=) that clash with the console's own keys and do not belong in a show. Development
 * builds keep the default menu for its developer tools. Null means no menu at all.
 */
export function appMenuTemplate(platform: string, packaged: boolean): MenuItemConstructorOptions[] | 'default' | null {
  if (!packaged) return 'default';
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}
