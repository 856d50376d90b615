import { isTypingTarget, matchShortcut } from './shortcut-list';

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

describe('isTypingTarget', () => {
  it('is true for text fields, selects, text areas and editable content only', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild!;
    };
    expect(isTypingTarget(make('<input>'))).toBe(true);
    expect(isTypingTarget(make('<input type="number">'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<select></select>'))).toBe(true);
    const editable = make('<div contenteditable="true"></div>') as HTMLElement;
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTypingTarget(editable)).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<input type="range">'))).toBe(false);
    expect(isTypingTarget(make('<button></button>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
