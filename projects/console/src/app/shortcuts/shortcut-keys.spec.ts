import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Dialog } from '@angular/cdk/dialog';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { PreviewDock } from '../windows/preview-dock';
import { ShortcutKeys } from './shortcut-keys';
import { SHORTCUTS_TRANSLATIONS } from './shortcuts-translations';
import { CONFIRM_TRANSLATIONS } from '../confirm/confirm-translations';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<input data-testid="field" /><button type="button" data-testid="btn">b</button>',
})
class Host {}

describe('ShortcutKeys', () => {
  let t: WindowTesting;
  let announced: string[];

  const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  beforeEach(() => {
    announced = [];
    t = setUpWindowTesting([SHORTCUTS_TRANSLATIONS, CONFIRM_TRANSLATIONS], [
      { provide: LiveAnnouncer, useValue: { announce: (m: string) => (announced.push(m), Promise.resolve()) } },
    ]);
    TestBed.inject(ShortcutKeys);
    t.apply(
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 120, at: 2 }),
    );
  });

  afterEach(() => TestBed.inject(Dialog).closeAll());

  it('M mutes the mic, and again unmutes it once the state says muted', async () => {
    press('m');
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'muteLocalAudio', mute: true }]);
    expect(announced).toEqual(['Microphone muted']);
    t.apply(ConsoleActions.localAudioMuted({ mute: true }));
    press('M', { shiftKey: false });
    await settle();
    expect(t.bridge.commands.at(-1)).toEqual({ type: 'muteLocalAudio', mute: false });
  });

  it('V toggles the camera mute', async () => {
    press('v');
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'muteLocalVideo', mute: true }]);
  });

  it('Shift+X leaves the room; a bare X does nothing', async () => {
    press('x');
    await settle();
    expect(t.bridge.commands).toEqual([]);
    press('X', { shiftKey: true });
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'exitRoom' }]);
  });

  it('Shift+X during a PK asks first, naming the PK it ends, and leaves only once confirmed', async () => {
    t.apply(ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 3 }), EngineActions.otherRoomConnected({ userId: 'userB', at: 4 }));
    const dialog = () => document.querySelector('bc-confirm-dialog');
    press('X', { shiftKey: true });
    await settle();
    TestBed.tick();
    expect(dialog()?.textContent).toContain('Ends the PK with userB in room 978.');
    expect(t.bridge.commands).toEqual([]);
    dialog()!.querySelector<HTMLButtonElement>('[data-testid=confirm-cancel]')!.click();
    await settle();
    expect(t.bridge.commands).toEqual([]);
    press('X', { shiftKey: true });
    await settle();
    TestBed.tick();
    dialog()!.querySelector<HTMLButtonElement>('[data-testid=confirm-leave]')!.click();
    await settle();
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'disconnectOtherRoom' }, { type: 'exitRoom' }]);
  });

  it('P ends a PK, and says there is none when idle', async () => {
    press('p');
    await settle();
    expect(t.bridge.commands).toEqual([]);
    expect(announced).toEqual(['There is no PK to end']);
    t.apply(ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 3 }), EngineActions.otherRoomConnected({ userId: 'userB', at: 4 }));
    press('p');
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'disconnectOtherRoom' }]);
  });

  it('ignores keys typed into a field and keys with Ctrl, Alt or Meta', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    const field = fixture.nativeElement.querySelector('[data-testid=field]') as HTMLInputElement;
    press('m', {}, field);
    press('m', { ctrlKey: true });
    press('m', { metaKey: true });
    await settle();
    expect(t.bridge.commands).toEqual([]);
    // A button is not a field: shortcuts still work while it has focus.
    press('m', {}, fixture.nativeElement.querySelector('[data-testid=btn]'));
    await settle();
    expect(t.bridge.commands).toEqual([{ type: 'muteLocalAudio', mute: true }]);
    fixture.nativeElement.remove();
  });

  it('says the broker refusal out loud', async () => {
    t.bridge.refuseNext(refusal('invalid-state', 'notInRoom'));
    press('v');
    await settle();
    expect(announced).toEqual(['not in a room']);
  });

  it('says the broker refusal in the window’s language', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    // No component here: run the effect that switches the language.
    TestBed.tick();
    t.bridge.refuseNext(refusal('invalid-state', 'engineNotReady'));
    press('v');
    await settle();
    expect(announced).toEqual(['引擎正在启动或重启，请稍后再试']);
  });

  it('? opens the help overlay listing every shortcut; other shortcuts pause while it is open', async () => {
    press('?', { shiftKey: true });
    await settle();
    const help = document.querySelector('[data-testid=shortcut-help]');
    expect(help?.textContent).toContain('Mute or unmute the microphone');
    expect(help?.textContent).toContain('Shift + X');
    press('m');
    await settle();
    expect(t.bridge.commands).toEqual([]);
  });

  it('D docks the preview, and pops it out again', async () => {
    const dock = TestBed.inject(PreviewDock);
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    press('d');
    expect(dock.docked()).toBe(true);
    press('d');
    expect(dock.docked()).toBe(false);
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^\/preview/), 'broadcaster-preview');
    open.mockRestore();
  });
});
