import { matchDesktopShortcut } from './desktop-shortcut-list';

const press = (code: string, mods: Partial<KeyboardEvent> = {}) => ({ code, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('matchDesktopShortcut', () => {
  it('Ctrl+Shift+N puts the wall, Ctrl+Alt+N the preview, on display N as a projector', () => {
    expect(matchDesktopShortcut(press('Digit2', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'projector', window: 'wall', display: 2 });
    expect(matchDesktopShortcut(press('Numpad9', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'projector', window: 'wall', display: 9 });
    expect(matchDesktopShortcut(press('Digit1', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'projector', window: 'preview', display: 1 });
  });

  it('Ctrl+Shift+0 turns the wall back into a window; Ctrl+Alt+0 means nothing', () => {
    expect(matchDesktopShortcut(press('Digit0', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'wall-windowed' });
    expect(matchDesktopShortcut(press('Digit0', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('goes by the physical key, since Shift turns a digit into a symbol', () => {
    expect(matchDesktopShortcut({ ...press('Digit3', { ctrlKey: true, shiftKey: true }), key: '#' } as never)).toEqual({ kind: 'projector', window: 'wall', display: 3 });
  });

  it('needs Ctrl with exactly one of Shift and Alt, and no Meta', () => {
    expect(matchDesktopShortcut(press('Digit2'))).toBeNull();
    expect(matchDesktopShortcut(press('Digit2', { ctrlKey: true }))).toBeNull();
    expect(matchDesktopShortcut(press('Digit2', { shiftKey: true }))).toBeNull();
    expect(matchDesktopShortcut(press('Digit2', { ctrlKey: true, shiftKey: true, altKey: true }))).toBeNull();
    expect(matchDesktopShortcut(press('Digit2', { ctrlKey: true, shiftKey: true, metaKey: true }))).toBeNull();
    expect(matchDesktopShortcut(press('KeyM', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
