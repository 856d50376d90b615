import { appMenuTemplate } from './app-menu';

describe('appMenuTemplate', () => {
  it('gives a packaged app no menu on Windows and Linux, and only app, Edit and Window on macOS', () => {
    expect(appMenuTemplate('win32', true)).toBeNull();
    expect(appMenuTemplate('linux', true)).toBeNull();
    expect(appMenuTemplate('darwin', true)).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]);
    expect(JSON.stringify(appMenuTemplate('darwin', true))).not.toMatch(/reload|toggleDevTools|zoom|resetZoom/i);
  });

  it('keeps Electron’s default menu, with its developer tools, in development', () => {
    expect(appMenuTemplate('win32', false)).toBe('default');
  });
});
