import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { CoAnchoringPanel } from './co-anchoring-panel';
import { CO_ANCHORING_TRANSLATIONS } from './co-anchoring-translations';

describe('CoAnchoringPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<CoAnchoringPanel>;

  const { one: el, text } = domQuery(() => fixture);
  const button = (id: string) => el(id) as HTMLButtonElement;

  /** Puts the local user in room 29834 in a scene and role, as the broker would report it. */
  function enter(scene: TRTCAppScene, role: TRTCRoleType): void {
    t.apply(
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 29834, userId: 'guest_1', role }, scene, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 120, at: 2 }),
    );
  }

  beforeEach(async () => {
    t = setUpWindowTesting([CO_ANCHORING_TRANSLATIONS]);
    fixture = await renderComponent(CoAnchoringPanel);
  });

  it('offers nothing before a room is entered', async () => {
    expect(button('go-on-mic').disabled).toBe(true);
    expect(text('co-anchoring-status')).toBe('Enter a live room to go on mic.');
    expect(el('co-anchoring-hint')).toBeNull();
  });

  it('puts an audience member on mic with one startCoAnchoring command, showing the switch while it happens', async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAudience);
    await fixture.whenStable();
    expect(text('co-anchoring-role')).toBe('Your role: Audience');
    expect(text('co-anchoring-status')).toBe('In the audience: watching and listening only.');
    expect(el('co-anchoring-status')?.getAttribute('aria-live')).toBe('polite');
    expect(button('go-on-mic').getAttribute('aria-describedby')).toBe('co-anchoring-hint');

    button('go-on-mic').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type: 'startCoAnchoring' }]);

    // What the broker applies when it accepts startCoAnchoring.
    t.apply(
      ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }),
      ConsoleActions.localAudioToggled({ started: true }),
      ConsoleActions.localPreviewToggled({ started: true }),
    );
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('Switching to anchor…');
    expect(button('go-on-mic').disabled).toBe(true);
    expect(button('go-on-mic').getAttribute('aria-busy')).toBe('true');

    t.apply(EngineActions.roleSwitched({ role: TRTCRoleType.TRTCRoleAnchor, at: 4 }));
    await fixture.whenStable();
    expect(text('co-anchoring-role')).toBe('Your role: Anchor');
    expect(text('co-anchoring-status')).toBe('On mic: your camera and microphone are published.');
    expect(el('go-on-mic')).toBeNull();
    expect(button('leave-mic').disabled).toBe(false);
  });

  it('says what an anchor really publishes, not just the role', async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAnchor);
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('On mic, but nothing is published: start or unmute the camera or microphone.');
    t.apply(ConsoleActions.localAudioToggled({ started: true }));
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('On mic: only your microphone is published.');
    t.apply(ConsoleActions.localPreviewToggled({ started: true }), ConsoleActions.localAudioMuted({ mute: true }));
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('On mic: only your camera is published.');
  });

  it('takes an anchor off the mic with one stopCoAnchoring command', async () => {
    enter(TRTCAppScene.TRTCAppSceneVoiceChatRoom, TRTCRoleType.TRTCRoleAnchor);
    await fixture.whenStable();
    button('leave-mic').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type: 'stopCoAnchoring' }]);

    t.apply(ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAudience, at: 3 }));
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('Switching to audience…');
    expect(button('leave-mic').disabled).toBe(true);
  });

  it('is off in call scenes, where everyone is an anchor', async () => {
    enter(TRTCAppScene.TRTCAppSceneVideoCall, TRTCRoleType.TRTCRoleAudience);
    await fixture.whenStable();
    expect(text('co-anchoring-role')).toBe('Your role: Anchor');
    expect(text('co-anchoring-status')).toBe('Calls have no audience: everyone is already on mic.');
    expect(button('leave-mic').disabled).toBe(true);
    expect(el('co-anchoring-hint')).toBeNull();
  });

  it('keeps the anchor on mic while a cross-room PK runs, and says why', async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAnchor);
    t.apply(ConsoleActions.otherRoomConnectRequested({ target: { roomId: 777 }, userId: 'host_2', at: 3 }));
    await fixture.whenStable();
    expect(button('leave-mic').disabled).toBe(true);
    expect(text('co-anchoring-hint')).toBe('End the cross-room PK before leaving the mic.');

    t.apply(EngineActions.otherRoomDisconnected({ at: 4 }));
    await fixture.whenStable();
    expect(button('leave-mic').disabled).toBe(false);
    expect(text('co-anchoring-hint')).toBe('Switches you back to the audience and stops your microphone and camera.');
  });

  it("shows the broker's refusal, and clears it when the next command is taken", async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAudience);
    await fixture.whenStable();
    t.bridge.refuseNext(refusal('invalid-state', 'roleSwitchPending'));
    button('go-on-mic').click();
    await fixture.whenStable();
    expect(el('co-anchoring-refusal')?.getAttribute('role')).toBe('alert');
    expect(text('co-anchoring-refusal')).toBe('Not done: a role switch is already under way');

    button('go-on-mic').click();
    await fixture.whenStable();
    expect(el('co-anchoring-refusal')).toBeNull();
    expect(t.bridge.sentTypes()).toEqual(['startCoAnchoring', 'startCoAnchoring']);
  });

  it('reports a failed role switch by its TRTC code until the next switch starts', async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAudience);
    const code = TXLiteAVError.ERR_SERVER_INFO_BAD_SCENE_OR_ROLE;
    t.apply(
      ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }),
      EngineActions.roleSwitchFailed({ error: { code, message: 'bad role' }, at: 4 }),
    );
    await fixture.whenStable();
    expect(text('co-anchoring-failure')).toBe(`Role switch failed: Server info bad scene or role. (${code})`);
    expect(text('co-anchoring-role')).toBe('Your role: Audience');
    expect(button('go-on-mic').disabled).toBe(false);

    t.apply(ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 5 }));
    await fixture.whenStable();
    expect(el('co-anchoring-failure')).toBeNull();
  });

  it('speaks Chinese when the language switches', async () => {
    enter(TRTCAppScene.TRTCAppSceneLIVE, TRTCRoleType.TRTCRoleAudience);
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text('go-on-mic')).toBe('上麦');
    expect(text('co-anchoring-role')).toBe('当前角色：观众');
    t.apply(ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }));
    await fixture.whenStable();
    expect(text('co-anchoring-status')).toBe('正在切换为主播…');
  });
});
