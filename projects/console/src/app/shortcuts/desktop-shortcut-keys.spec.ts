import { TestBed } from '@angular/core/testing';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Dialog } from '@angular/cdk/dialog';

import { PreferencesStore } from '@broadcast-core/preferences';
import { setUpWindowTesting } from '@broadcast-core/testing';

import { DESKTOP_TRANSLATIONS } from '../desktop/desktop-translations';
import { BUILT_IN, DELL, FakeDesktopApi, desktopLayout, provideFakeDesktopApi } from '../desktop/testing/fake-desktop-api';
import { ShortcutKeys } from './shortcut-keys';
import { SHORTCUTS_TRANSLATIONS } from './shortcuts-translations';

const press = (code: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { code, key: code.slice(-1), bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};
const settle = () => new Promise((resolve) => setTimeout(resolve));
const announcerProvider = (announced: string[]) => ({ provide: LiveAnnouncer, useValue: { announce: (m: string) => (announced.push(m), Promise.resolve()) } });

describe('ShortcutKeys in the desktop app', () => {
  let api: FakeDesktopApi;
  let announced: string[];

  beforeEach(async () => {
    announced = [];
    // A third display above the external one, to check the numbering: primary, then left to right.
    const above = { ...DELL, id: 12, label: 'Projector', bounds: { x: 1512, y: -1080, width: 1920, height: 1080 } };
    api = new FakeDesktopApi(desktopLayout({ displays: [DELL, above, BUILT_IN] }));
    setUpWindowTesting([SHORTCUTS_TRANSLATIONS, DESKTOP_TRANSLATIONS], [provideFakeDesktopApi(api), announcerProvider(announced)]);
    TestBed.inject(ShortcutKeys);
    await settle();
  });

  afterEach(() => TestBed.inject(Dialog).closeAll());

  it('Ctrl+Shift+N puts the wall on display N as a projector, and says so', async () => {
    const event = press('Digit2', { ctrlKey: true, shiftKey: true, key: '@' });
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(api.actions()).toEqual([{ type: 'placeWindow', window: 'wall', displayId: 12, mode: 'fullscreen' }]);
    expect(announced).toEqual(['Wall: projector on display 2, Projector']);
  });

  it('Ctrl+Alt+N does the same for the preview, popping it out of the control panel', async () => {
    TestBed.inject(PreferencesStore).set({ previewDocked: true });
    press('Digit3', { ctrlKey: true, altKey: true });
    await settle();
    expect(api.actions()).toEqual([{ type: 'placeWindow', window: 'preview', displayId: DELL.id, mode: 'fullscreen' }]);
    expect(announced).toEqual(['Preview: projector on display 3, DELL U2720Q']);
    expect(TestBed.inject(PreferencesStore).value().previewDocked).toBe(false);
  });

  it('Ctrl+Shift+0 turns the wall back into a window on its display; says so when the wall is not open', async () => {
    press('Digit0', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(api.actions()).toEqual([]);
    expect(announced).toEqual(['The wall window is not open']);
    press('Digit1', { ctrlKey: true, shiftKey: true });
    await settle();
    press('Digit0', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(api.actions().at(-1)).toEqual({ type: 'placeWindow', window: 'wall', displayId: BUILT_IN.id, mode: 'windowed' });
    expect(announced.at(-1)).toBe('Wall: a window again, on display 1, Built-in Retina Display');
  });

  it('says there is no such display, and the app’s refusal in words', async () => {
    press('Digit4', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(announced).toEqual(['There is no display 4']);
    // Unplugged before its event arrived: the main process refuses.
    api.layout = desktopLayout({ displays: [BUILT_IN] });
    press('Digit3', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(announced.at(-1)).toBe('That display is no longer connected; the list now shows the displays there are.');
  });

  it('is ignored while typing in a field, and while a dialog is open', async () => {
    const field = document.createElement('input');
    document.body.appendChild(field);
    press('Digit2', { ctrlKey: true, shiftKey: true }, field);
    TestBed.inject(ShortcutKeys).openHelp();
    press('Digit2', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(api.actions()).toEqual([]);
    field.remove();
  });

  it('lists the window shortcuts in the help, in the window’s language', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    TestBed.tick();
    TestBed.inject(ShortcutKeys).openHelp();
    await settle();
    const help = document.querySelector('[data-testid=shortcut-help]')!.textContent;
    expect(help).toContain('Ctrl + Shift + 1…9');
    expect(help).toContain('将画面墙全屏投放到显示器 1 到 9');
    expect(help).toContain('Ctrl + Alt + 1…9');
    expect(help).toContain('Ctrl + Shift + 0');
  });
});

describe('ShortcutKeys in a browser', () => {
  let announced: string[];

  beforeEach(() => {
    announced = [];
    setUpWindowTesting([SHORTCUTS_TRANSLATIONS, DESKTOP_TRANSLATIONS], [announcerProvider(announced)]);
    TestBed.inject(ShortcutKeys);
  });

  afterEach(() => TestBed.inject(Dialog).closeAll());

  it('leaves the window shortcuts to the browser, and does not list them', async () => {
    const event = press('Digit2', { ctrlKey: true, shiftKey: true });
    await settle();
    expect(event.defaultPrevented).toBe(false);
    expect(announced).toEqual([]);
    TestBed.inject(ShortcutKeys).openHelp();
    await settle();
    const help = document.querySelector('[data-testid=shortcut-help]')!.textContent;
    expect(help).toContain('Shift + X');
    expect(help).not.toContain('Ctrl');
  });
});
