import { DeferBlockState, TestBed } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { keyPaths } from '@broadcast-core/i18n';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting } from '@broadcast-core/testing';

import { App } from './app';
import { CONSOLE_TRANSLATIONS } from './console-translations';
import { FakeDesktopApi, provideFakeDesktopApi } from './desktop/testing/fake-desktop-api';
import { TIME_PLOT_FACTORY } from './stats/time-plot-factory';

/** Every translation key of the console, so a key shown raw (a missing text) is caught. */
const ALL_KEYS = new Set(
  CONSOLE_TRANSLATIONS.flatMap((b) => keyPaths(b.texts.en).map((k) => `${b.namespace}.${k}`)),
);

/** Texts on screen that look like translation keys: ngx-translate shows the key when a text is missing. */
function rawKeys(root: HTMLElement): string[] {
  const texts = [...root.querySelectorAll('*')].flatMap((el) => [
    ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()),
    el.getAttribute('aria-label') ?? '',
  ]);
  return texts.filter((t) => /^(core|[a-zA-Z]+)\.[a-zA-Z0-9.-]+$/.test(t) && !/^\d/.test(t));
}

const NO_PLOTS = { provide: TIME_PLOT_FACTORY, useValue: () => ({ setData: () => undefined, setSize: () => undefined, destroy: () => undefined }) };
const DESKTOP_ONLY = ['open-displays', 'display-changes', 'launch-notices'];
const testIds = (root: HTMLElement) => [...root.querySelectorAll('[data-testid]')].map((el) => el.getAttribute('data-testid'));

describe('the control panel', () => {
  beforeEach(() => {
    const t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [NO_PLOTS]);
    t.apply(
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }),
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 80, at: 2 }),
      EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: 3 }),
      EngineActions.errorRaised({ error: { code: -3301, message: 'enter room failed' }, at: 4 }),
    );
  });

  it('every bundle has the same keys in English and Chinese', () => {
    for (const bundle of CONSOLE_TRANSLATIONS) {
      expect(keyPaths(bundle.texts['zh-CN']).sort()).toEqual(keyPaths(bundle.texts.en).sort());
    }
    expect(ALL_KEYS.size).toBeGreaterThan(100);
  });

  it.each(['en', 'zh-CN'] as const)('shows no raw translation key in %s', async (language) => {
    TestBed.inject(PreferencesStore).set({ language });
    const fixture = await renderComponent(App);
    // Any panel loaded on idle is rendered too, so its texts are checked.
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('bc-event-log-panel')).not.toBeNull();
    expect(root.querySelector('bc-go-live-panel')).not.toBeNull();
    expect(root.querySelector('bc-mixer-panel')).not.toBeNull();
    expect(root.querySelector('bc-sandbox-panel')).not.toBeNull();
    expect(root.querySelector('[data-testid=on-air]')).not.toBeNull();
    expect(root.querySelectorAll('section.panel').length).toBeGreaterThanOrEqual(10);
    expect(rawKeys(root)).toEqual([]);
  });

  it('shows nothing of the desktop app in a browser', async () => {
    const fixture = await renderComponent(App);
    const root = fixture.nativeElement as HTMLElement;
    expect(testIds(root)).toEqual(expect.arrayContaining(['open-wall', 'open-shortcuts']));
    for (const id of DESKTOP_ONLY) expect(testIds(root)).not.toContain(id);
  });
});

describe('the control panel in the desktop app', () => {
  it.each(['en', 'zh-CN'] as const)('offers the display controls and shows launch notices, with no raw key in %s', async (language) => {
    const api = new FakeDesktopApi();
    setUpWindowTesting(CONSOLE_TRANSLATIONS, [NO_PLOTS, provideFakeDesktopApi(api)]);
    TestBed.inject(PreferencesStore).set({ language });
    const fixture = await renderComponent(App);
    api.emit({ type: 'notices', notices: ["Tencent's TRTC SDK could not be loaded on linux-x64; the sandbox cloud runs instead."] });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(testIds(root)).toEqual(expect.arrayContaining(['open-displays', 'display-changes', 'launch-notices']));
    // The launch notices and the layout subscribe to the main process's events once each, however many parts read them.
    expect(api.listenerCount).toBe(2);
    expect(rawKeys(root)).toEqual([]);
  });
});
