import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Dialog } from '@angular/cdk/dialog';

import { PreferencesStore } from '@broadcast-core/preferences';
import { setUpWindowTesting, textOf } from '@broadcast-core/testing';

import { DESKTOP_TRANSLATIONS } from './desktop-translations';
import { DisplaysControl } from './displays-control';
import { BUILT_IN, DELL, FakeDesktopApi, desktopLayout, provideFakeDesktopApi } from './testing/fake-desktop-api';

describe('DisplaysControl and its menu', () => {
  let api: FakeDesktopApi;
  let fixture: ComponentFixture<DisplaysControl>;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const q = <T extends HTMLElement = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

  const sentences = () => [...q('display-changes')!.querySelectorAll('span')].map((s) => textOf(s));
  const options = (id: string) => [...q<HTMLSelectElement>(id)!.options].map((o) => o.textContent!.trim());
  const choose = async (id: string, value: string) => {
    const select = q<HTMLSelectElement>(id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };

  beforeEach(async () => {
    api = new FakeDesktopApi(
      desktopLayout({
        windows: {
          console: { open: true, displayId: BUILT_IN.id, mode: 'windowed' },
          preview: { open: false, displayId: null, mode: 'windowed' },
          wall: { open: true, displayId: DELL.id, mode: 'fullscreen' },
        },
      }),
    );
    setUpWindowTesting([DESKTOP_TRANSLATIONS], [provideFakeDesktopApi(api)]);
    fixture = TestBed.createComponent(DisplaysControl);
    document.body.appendChild(fixture.nativeElement);
    await settle();
  });

  afterEach(() => {
    TestBed.inject(Dialog).closeAll();
    fixture.nativeElement.remove();
  });

  async function openMenu(): Promise<void> {
    q('open-displays')!.click();
    await settle();
  }

  it('lists every display by number and label, marking the primary, with its resolution', async () => {
    await openMenu();
    expect(q('open-displays')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[role=dialog]')?.getAttribute('aria-labelledby')).toBe('displays-title');
    expect(options('display-wall')).toEqual(['1. Built-in Retina Display (primary) — 3024 × 1964', '2. DELL U2720Q — 2560 × 1440']);
    expect(q<HTMLSelectElement>('display-wall')!.value).toBe(String(DELL.id));
    expect(q<HTMLSelectElement>('mode-wall')!.value).toBe('fullscreen');
    expect(options('mode-wall')).toEqual(['Window', 'Projector (full screen)', 'Always on top']);
    // A closed window on no display says so, and choosing a display opens it there.
    expect(textOf(q('place-preview')!.querySelector('legend'))).toBe('Preview closed; choosing opens it');
    expect(q<HTMLSelectElement>('display-preview')!.value).toBe('');
  });

  it('applies a choice at once with placeWindow', async () => {
    await openMenu();
    await choose('display-preview', String(DELL.id));
    await choose('mode-wall', 'always-on-top');
    expect(api.actions()).toEqual([
      { type: 'placeWindow', window: 'preview', displayId: DELL.id, mode: 'windowed' },
      { type: 'placeWindow', window: 'wall', displayId: DELL.id, mode: 'always-on-top' },
    ]);
    // A placed preview is popped out of the control panel.
    expect(TestBed.inject(PreferencesStore).value().previewDocked).toBe(false);
    expect(q<HTMLSelectElement>('display-preview')!.value).toBe(String(DELL.id));
  });

  it('says in words when the display is gone, and shows where the window really is', async () => {
    await openMenu();
    // The monitor goes between the list and the click, before its event arrived.
    api.layout = desktopLayout({ displays: [BUILT_IN] });
    await choose('display-console', String(DELL.id));
    expect(textOf(q('displays-refusal'))).toBe('That display is no longer connected; the list now shows the displays there are.');
    expect(q<HTMLSelectElement>('display-console')!.value).toBe(String(BUILT_IN.id));
    expect(options('display-console')).toEqual(['1. Built-in Retina Display (primary) — 3024 × 1964']);
    await choose('mode-console', 'always-on-top');
    expect(textOf(q('displays-refusal'))).toBe('');
  });

  it('follows a monitor unplugged mid-show, and says where the wall went', async () => {
    await openMenu();
    api.emit({
      type: 'layoutChanged',
      layout: desktopLayout({ displays: [BUILT_IN], windows: { ...api.layout.windows, wall: { open: true, displayId: BUILT_IN.id, mode: 'windowed' } } }),
    });
    await settle();
    expect(options('display-wall')).toEqual(['1. Built-in Retina Display (primary) — 3024 × 1964']);
    expect(q<HTMLSelectElement>('mode-wall')!.value).toBe('windowed');
    const report = q('display-changes')!;
    expect(report.getAttribute('role')).toBe('status');
    expect(sentences()).toEqual(['Display “DELL U2720Q” was disconnected.', 'Wall window moved to display 1 (Built-in Retina Display), as a window.']);
    q('dismiss-display-changes')!.click();
    await settle();
    expect(textOf(q('display-changes'))).toBe('');
  });

  it('is reached and left by keyboard: focus goes into the menu, Escape closes it and focus returns', async () => {
    const trigger = q('open-displays')!;
    trigger.focus();
    await openMenu();
    // jsdom lays nothing out, so the CDK finds no tabbable field and focuses the dialog itself.
    expect(document.querySelector('[role=dialog]')!.contains(document.activeElement)).toBe(true);
    expect(q('display-console')!.closest('label')?.textContent).toContain('Display');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
    await settle();
    expect(q('display-console')).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
  });

  it('speaks Simplified Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await openMenu();
    expect(options('display-wall')).toEqual(['1. Built-in Retina Display（主显示器）— 3024 × 1964', '2. DELL U2720Q — 2560 × 1440']);
    expect(options('mode-wall')).toEqual(['窗口', '投影（全屏）', '始终置顶']);
    api.emit({ type: 'layoutChanged', layout: desktopLayout({ displays: [BUILT_IN], windows: { ...api.layout.windows, wall: { open: true, displayId: BUILT_IN.id, mode: 'windowed' } } }) });
    await settle();
    expect(sentences()).toEqual(['显示器“DELL U2720Q”已断开连接。', '画面墙窗口已移到显示器 1（Built-in Retina Display），以窗口显示。']);
    expect(textOf(q('dismiss-display-changes'))).toBe('知道了');
  });
});
