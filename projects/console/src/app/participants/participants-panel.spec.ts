import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { applyAndSettle, domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';
import { ElapsedClock } from '@broadcast-core/ui';

import { PARTICIPANTS_TRANSLATIONS } from './participants-translations';
import { ParticipantsPanel } from './participants-panel';

const T0 = 1_700_000_000_000;

describe('ParticipantsPanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<ParticipantsPanel>;
  let now: ReturnType<typeof signal<number>>;

  const { root: el, text } = domQuery(() => fixture);
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid=participant]'));
  const row = (userId: string) => el().querySelector<HTMLElement>(`[data-testid=participant][data-user="${userId}"]`)!;
  const part = (userId: string, testId: string) => row(userId).querySelector<HTMLElement>(`[data-testid=${testId}]`)!;

  function enterRoom29834() {
    return [
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
        at: T0,
      }),
      EngineActions.roomEntered({ elapsedMs: 120, at: T0 + 120 }),
    ];
  }

  beforeEach(() => {
    now = signal(T0);
    w = setUpWindowTesting([PARTICIPANTS_TRANSLATIONS], [{ provide: ElapsedClock, useValue: { now } }]);
  });

  it('says no one is here while there are no remote users', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    expect(text(el().querySelector('[data-testid=participants-empty]'))).toBe(
      'No one else is here yet. Anchors on air in this room, and the PK opponent, appear here.',
    );
    expect(rows()).toHaveLength(0);
  });

  it('groups own-room users and PK users, labelling the PK group with the opponent room, in arrival order', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, 
      ...enterRoom29834(),
      EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 + 1000 }),
      EngineActions.remoteUserEntered({ userId: 'fan_01', room: 'own', at: T0 + 2000 }),
      ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: T0 + 3000 }),
      EngineActions.otherRoomConnected({ userId: 'userB', at: T0 + 3500 }),
      EngineActions.remoteUserEntered({ userId: 'userB', room: 'pk', at: T0 + 3600 }),
    );

    expect(el().querySelector('[data-testid=participants-empty]')).toBeNull();
    expect(text(el().querySelector('[data-testid=participants-group-own]'))).toBe('This room (29834)');
    expect(text(el().querySelector('[data-testid=participants-group-pk]'))).toBe("Opponent's room 978 (PK)");
    const own = el().querySelector('[aria-labelledby=participants-own]')!;
    const pk = el().querySelector('[aria-labelledby=participants-pk]')!;
    expect(Array.from(own.querySelectorAll('[data-testid=participant]')).map((r) => r.getAttribute('data-user'))).toEqual([
      'guest_anchor',
      'fan_01',
    ]);
    expect(Array.from(pk.querySelectorAll('[data-testid=participant]')).map((r) => r.getAttribute('data-user'))).toEqual(['userB']);
  });

  it('names a string PK room by its strRoomId', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, 
      ...enterRoom29834(),
      ConsoleActions.otherRoomConnectRequested({ target: { strRoomId: 'studio-b' }, userId: 'userC', at: T0 }),
      EngineActions.otherRoomConnected({ userId: 'userC', at: T0 }),
      EngineActions.remoteUserEntered({ userId: 'userC', room: 'pk', at: T0 }),
    );
    expect(text(el().querySelector('[data-testid=participants-group-pk]'))).toBe("Opponent's room studio-b (PK)");
    expect(el().querySelector('[data-testid=participants-group-own]')).toBeNull();
  });

  it('keeps arrival order while levels, quality and availability change', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, 
      EngineActions.remoteUserEntered({ userId: 'b_first', room: 'own', at: T0 }),
      EngineActions.remoteUserEntered({ userId: 'a_second', room: 'own', at: T0 }),
      EngineActions.remoteUserEntered({ userId: 'c_third', room: 'own', at: T0 }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'c_third', available: true }),
      EngineActions.voiceLevelsChanged({ levels: [['c_third', 90], ['a_second', 10]] }),
      EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [['a_second', TRTCQuality.TRTCQuality_Excellent]] }),
    );
    expect(rows().map((r) => r.getAttribute('data-user'))).toEqual(['b_first', 'a_second', 'c_third']);

    await applyAndSettle(fixture, EngineActions.remoteUserLeft({ userId: 'a_second', reason: 0, at: T0 }));
    expect(rows().map((r) => r.getAttribute('data-user'))).toEqual(['b_first', 'c_third']);
  });

  it('shows video and audio on or off as the engine reports them', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }));
    expect(text(part('guest_anchor', 'participant-video'))).toBe('Video off');
    expect(text(part('guest_anchor', 'participant-audio'))).toBe('Audio off');

    await applyAndSettle(fixture, 
      EngineActions.userVideoAvailabilityChanged({ userId: 'guest_anchor', available: true }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'guest_anchor', available: true }),
    );
    expect(text(part('guest_anchor', 'participant-video'))).toBe('Video on');
    expect(text(part('guest_anchor', 'participant-audio'))).toBe('Audio on');

    await applyAndSettle(fixture, EngineActions.userVideoAvailabilityChanged({ userId: 'guest_anchor', available: false }));
    expect(text(part('guest_anchor', 'participant-video'))).toBe('Video off');
  });

  it('shows the live voice level as a labelled meter and a bar', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, 
      EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'guest_anchor', available: true }),
      EngineActions.voiceLevelsChanged({ levels: [['guest_anchor', 63]] }),
    );
    const meter = part('guest_anchor', 'participant-volume');
    expect(meter.getAttribute('role')).toBe('meter');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuenow')).toBe('63');
    expect(meter.getAttribute('aria-valuetext')).toBe('63 of 100');
    expect(meter.getAttribute('aria-label')).toBe('Voice level of guest_anchor');
    expect(meter.style.getPropertyValue('--level')).toBe('0.63');

    // A user who fell silent: the broker sends their level as 0.
    await applyAndSettle(fixture, EngineActions.voiceLevelsChanged({ levels: [['guest_anchor', 0]] }));
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    expect(meter.style.getPropertyValue('--level')).toBe('0');
  });

  it('gives network quality in words with a coloured tone', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }));
    expect(text(part('guest_anchor', 'participant-quality'))).toBe('Network: Unknown');
    expect(part('guest_anchor', 'participant-quality').dataset['tone']).toBe('unknown');

    const report = (quality: TRTCQuality) =>
      EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Excellent, remote: [['guest_anchor', quality]] });
    await applyAndSettle(fixture, report(TRTCQuality.TRTCQuality_Excellent));
    expect(text(part('guest_anchor', 'participant-quality'))).toBe('Network: Excellent');
    expect(part('guest_anchor', 'participant-quality').dataset['tone']).toBe('ok');

    await applyAndSettle(fixture, report(TRTCQuality.TRTCQuality_Poor));
    expect(text(part('guest_anchor', 'participant-quality'))).toBe('Network: Fair');
    expect(part('guest_anchor', 'participant-quality').dataset['tone']).toBe('warn');

    await applyAndSettle(fixture, report(TRTCQuality.TRTCQuality_Down));
    expect(text(part('guest_anchor', 'participant-quality'))).toBe('Network: Down');
    expect(part('guest_anchor', 'participant-quality').dataset['tone']).toBe('bad');
  });

  it('counts the time since each user joined, advancing with the clock', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }));
    now.set(T0 + 65_000);
    await fixture.whenStable();
    expect(text(part('guest_anchor', 'participant-joined'))).toBe('Here for 1:05');

    now.set(T0 + 3_725_000);
    await fixture.whenStable();
    expect(text(part('guest_anchor', 'participant-joined'))).toBe('Here for 1:02:05');
  });

  it('says when a user appeared before their entry was reported', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.userVideoAvailabilityChanged({ userId: 'early_bird', available: true }));
    expect(text(part('early_bird', 'participant-joined'))).toBe('Arrival time unknown');
  });

  it('sends muteRemoteAudio to toggle, and shows the muted state once the broker reports it', async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }));
    const button = part('guest_anchor', 'participant-mute') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Mute guest_anchor in this console');

    button.click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'muteRemoteAudio', userId: 'guest_anchor', mute: true }]);
    // The window never writes state: pressed only once the broker's action arrives.
    expect(button.getAttribute('aria-pressed')).toBe('false');

    await applyAndSettle(fixture, ConsoleActions.remoteAudioMuted({ userId: 'guest_anchor', mute: true }));
    expect(button.getAttribute('aria-pressed')).toBe('true');

    button.click();
    await fixture.whenStable();
    expect(w.bridge.commands[1]).toEqual({ type: 'muteRemoteAudio', userId: 'guest_anchor', mute: false });
  });

  it("shows the broker's refusal of a mute, and clears it when the next one is taken", async () => {
    fixture = await renderComponent(ParticipantsPanel);
    await applyAndSettle(fixture, EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }));
    w.bridge.refuseNext(refusal('invalid-state', 'noRemoteUser', { userId: 'guest_anchor' }));
    part('guest_anchor', 'participant-mute').click();
    await fixture.whenStable();
    const alert = el().querySelector('[data-testid=participants-refusal]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toBe('Not done: no remote user "guest_anchor"');

    part('guest_anchor', 'participant-mute').click();
    await fixture.whenStable();
    expect(el().querySelector('[data-testid=participants-refusal]')).toBeNull();
  });

  it('speaks Simplified Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    fixture = await renderComponent(ParticipantsPanel);
    expect(text(el().querySelector('[data-testid=participants-empty]'))).toBe('暂无其他人。本房间已上麦的主播和 PK 对手会显示在这里。');

    await applyAndSettle(fixture, 
      ...enterRoom29834(),
      EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: T0 }),
      EngineActions.userVideoAvailabilityChanged({ userId: 'guest_anchor', available: true }),
      EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [['guest_anchor', TRTCQuality.TRTCQuality_Good]] }),
    );
    now.set(T0 + 5_000);
    await fixture.whenStable();
    expect(text(el().querySelector('[data-testid=participants-group-own]'))).toBe('本房间（29834）');
    expect(text(part('guest_anchor', 'participant-video'))).toBe('视频已开');
    expect(text(part('guest_anchor', 'participant-audio'))).toBe('音频已关');
    expect(text(part('guest_anchor', 'participant-quality'))).toBe('网络：好');
    expect(text(part('guest_anchor', 'participant-joined'))).toBe('已在房 0:05');
    expect(part('guest_anchor', 'participant-mute').getAttribute('aria-label')).toBe('在本控制台静音 guest_anchor');
    expect(part('guest_anchor', 'participant-volume').getAttribute('aria-label')).toBe('guest_anchor 的音量');
  });
});
