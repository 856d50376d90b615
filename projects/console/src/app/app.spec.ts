import { TestBed } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { keyPaths } from '@broadcast-core/i18n';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting } from '@broadcast-core/testing';

import { App } from './app';
import { CONSOLE_TRANSLATIONS } from './console-translations';
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

describe('the control panel', () => {
  beforeEach(() => {
    const t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [
      { provide: TIME_PLOT_FACTORY, useValue: () => ({ setData: () => undefined, setSize: () => undefined, destroy: () => undefined }) },
    ]);
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
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelectorAll('section.panel').length).toBeGreaterThanOrEqual(10);
    expect(rawKeys(root)).toEqual([]);
  });
});
