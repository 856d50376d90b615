import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { renderComponent, setUpWindowTesting } from '@broadcast-core/testing';

import { DESKTOP_TRANSLATIONS } from './desktop-translations';
import { LaunchNoticeBanner } from './launch-notice-banner';
import { LaunchNotices } from './launch-notices';
import { FakeDesktopApi, provideFakeDesktopApi } from './testing/fake-desktop-api';

const DAMAGED = 'settings.json could not be read (Unexpected token } in JSON at position 12); it was moved aside to settings.json.damaged and defaults are used.';
const NO_SDK = "Tencent's TRTC SDK could not be loaded on win32-x64 (the module was not found); the sandbox cloud runs instead.";

describe('LaunchNoticeBanner', () => {
  let api: FakeDesktopApi;
  let fixture: ComponentFixture<LaunchNoticeBanner>;
  const banner = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid=launch-notices]');
  const items = () => [...(banner()?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());

  beforeEach(async () => {
    api = new FakeDesktopApi();
    setUpWindowTesting([DESKTOP_TRANSLATIONS], [provideFakeDesktopApi(api)]);
    fixture = await renderComponent(LaunchNoticeBanner);
  });

  it('shows nothing until the main process has something to say', () => {
    expect(banner()).toBeNull();
    expect(api.listenerCount).toBe(1);
  });

  it('shows the notices as an alert, in the app’s English, under a translated heading, until dismissed', async () => {
    api.emit({ type: 'notices', notices: [DAMAGED, NO_SDK] });
    await fixture.whenStable();
    expect(banner()?.getAttribute('role')).toBe('alert');
    expect(banner()?.querySelector('strong')?.textContent).toBe('The desktop app reported at launch:');
    expect(banner()?.querySelector('ul')?.getAttribute('lang')).toBe('en');
    expect(items()).toEqual([DAMAGED, NO_SDK]);
    // Told again (a reload), the same sentence is not stacked.
    api.emit({ type: 'notices', notices: [NO_SDK] });
    await fixture.whenStable();
    expect(items()).toEqual([DAMAGED, NO_SDK]);
    (banner()!.querySelector('[data-testid=dismiss-launch-notices]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(banner()).toBeNull();
    expect(TestBed.inject(LaunchNotices).notices()).toEqual([]);
  });

  it('translates the heading, never the notices', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    api.emit({ type: 'notices', notices: [NO_SDK] });
    await fixture.whenStable();
    expect(banner()?.querySelector('strong')?.textContent).toBe('桌面应用启动时报告：');
    expect(items()).toEqual([NO_SDK]);
  });

  it('ignores layout events', async () => {
    api.emit({ type: 'layoutChanged', layout: api.layout });
    await fixture.whenStable();
    expect(banner()).toBeNull();
  });
});
