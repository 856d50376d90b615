import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TestBed } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { CONSOLE_TRANSLATIONS } from '../console-translations';
import { ConsoleLayout } from './console-layout';

describe('the console layout', () => {
  let t: WindowTesting;
  let layout: ConsoleLayout;

  const goOnAir = () =>
    t.apply(
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 80, at: 2 }),
      ConsoleActions.localAudioToggled({ started: true }),
    );

  beforeEach(() => {
    t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [{ provide: LiveAnnouncer, useValue: { announce: () => Promise.resolve() } }]);
    layout = TestBed.inject(ConsoleLayout);
  });

  it('shows a named preset, and keeps the operator\'s own arrangement as Custom', () => {
    layout.step('media', 'up');
    const own = layout.layout();
    layout.choosePreset('show');
    expect(layout.preset()).toBe('show');
    expect(layout.layout().columns[0][0]).toBe('media');
    expect(layout.layout().collapsed).toEqual(['session', 'encoder']);
    layout.choosePreset('producer');
    expect(layout.layout().columns[0]).toEqual(['pk', 'participants', 'go-live']);
    layout.choosePreset('custom');
    expect(layout.layout()).toEqual(own);
  });

  it('makes a changed preset the operator\'s own', () => {
    layout.choosePreset('setup');
    layout.toggleCollapsed('pk');
    expect(layout.preset()).toBe('custom');
    expect(TestBed.inject(PreferencesStore).value().panelLayout?.columns[0]).toEqual(['session', 'media', 'mixer', 'music']);
  });

  it('folds the session form and the encoder while on air, one click from open, and folds them again next show', () => {
    expect(layout.isCollapsed('session')).toBe(false);
    goOnAir();
    TestBed.tick();
    expect(layout.isCollapsed('session')).toBe(true);
    expect(layout.isCollapsed('encoder')).toBe(true);
    expect(layout.isCollapsed('media')).toBe(false);
    layout.toggleCollapsed('session');
    expect(layout.isCollapsed('session')).toBe(false);
    t.apply(EngineActions.roomExited({ reason: 0, at: 4 }));
    TestBed.tick();
    goOnAir();
    TestBed.tick();
    expect(layout.isCollapsed('session')).toBe(true);
  });
});
