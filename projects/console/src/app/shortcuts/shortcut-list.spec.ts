import { matchShortcut } from './shortcut-list';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('matchShortcut', () => {
  it('matches letters in either case, with the Shift the shortcut asks for', () => {
    expect(matchShortcut(key('m'))?.id).toBe('mic');
    expect(matchShortcut(key('M'))?.id).toBe('mic');
    expect(matchShortcut(key('X', { shiftKey: true }))?.id).toBe('exit');
    expect(matchShortcut(key('x'))).toBeNull();
    expect(matchShortcut(key('M', { shiftKey: true }))).toBeNull();
  });

  it('matches ? with or without Shift, since layouts differ', () => {
    expect(matchShortcut(key('?'))?.id).toBe('help');
    expect(matchShortcut(key('?', { shiftKey: true }))?.id).toBe('help');
  });

  it('leaves presses with Ctrl, Alt or Meta to the browser', () => {
    expect(matchShortcut(key('m', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(key('m', { altKey: true }))).toBeNull();
    expect(matchShortcut(key('m', { metaKey: true }))).toBeNull();
  });
});
