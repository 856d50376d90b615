import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { applyAndSettle, domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';
import { ElapsedClock } from '@broadcast-core/ui';

import { PkPanel } from './pk-panel';
import { PK_TRANSLATIONS } from './pk-translations';

const T0 = 1_700_000_000_000;

describe('PkPanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<PkPanel>;
  let now: ReturnType<typeof signal<number>>;

  const { root: el, one: q, text } = domQuery(() => fixture);
  const connectButton = () => q<HTMLButtonElement>('pk-connect')!;
  const disconnectButton = () => q<HTMLButtonElement>('pk-disconnect')!;

  async function type(testId: string, value: string): Promise<void> {
    const input = q<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  function inRoom(role = TRTCRoleType.TRTCRoleAnchor) {
    return [
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
        at: T0,
      }),
      EngineActions.roomEntered({ elapsedMs: 120, at: T0 }),
    ];
  }

  const requested = (at = T0) => ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at });

  beforeEach(() => {
    now = signal(T0);
    w = setUpWindowTesting([PK_TRANSLATIONS], [{ provide: ElapsedClock, useValue: { now } }]);
  });

  it("starts from the guide's example target and waits for a room", async () => {
    fixture = await renderComponent(PkPanel);
    expect(q<HTMLInputElement>('pk-room-id')!.value).toBe('978');
    expect(q<HTMLInputElement>('pk-user-id')!.value).toBe('userB');
    expect(text(q('pk-status'))).toBe('No PK');
    expect(q('pk-status')!.getAttribute('role')).toBe('status');
    expect(text(q('pk-not-in-room'))).toBe("Enter a room first: a PK links your room with another anchor's room.");
    expect(connectButton().disabled).toBe(true);
    expect(connectButton().getAttribute('aria-describedby')).toBe('pk-blocked');
    expect(disconnectButton().disabled).toBe(true);

    await submit();
    expect(w.bridge.commands).toEqual([]);
  });

  it('sends connectOtherRoom with the numeric room and userId once in the room', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    expect(q('pk-not-in-room')).toBeNull();
    expect(connectButton().disabled).toBe(false);

    connectButton().click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'connectOtherRoom', target: { roomId: 978 }, userId: 'userB' }]);
  });

  it('sends a string room target when the strRoomId kind is chosen', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    q<HTMLInputElement>('pk-room-kind-string')!.click();
    await fixture.whenStable();
    expect(q('pk-room-id')).toBeNull();
    await type('pk-str-room-id', 'studio-b');
    await type('pk-user-id', 'userC');

    connectButton().click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'connectOtherRoom', target: { strRoomId: 'studio-b' }, userId: 'userC' }]);
  });

  it('explains an invalid userId with the TRTC rule and sends nothing', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    await type('pk-user-id', 'user B!');
    expect(text(q('pk-user-id-error'))).toBe("userId may contain only letters, digits, '_' and '-' (1 to 32 characters)");
    expect(q('pk-user-id')!.getAttribute('aria-invalid')).toBe('true');
    expect(connectButton().disabled).toBe(true);

    await submit();
    expect(w.bridge.commands).toEqual([]);

    await type('pk-user-id', 'userB');
    expect(q('pk-user-id-error')).toBeNull();
    expect(connectButton().disabled).toBe(false);
  });

  it('explains an out-of-range room ID and an empty strRoomId, sending nothing', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    await type('pk-room-id', '4294967295');
    expect(text(q('pk-room-id-error'))).toBe('roomId must be between 1 and 4294967294');
    await submit();

    q<HTMLInputElement>('pk-room-kind-string')!.click();
    await fixture.whenStable();
    expect(connectButton().disabled).toBe(true);
    await submit();
    expect(text(q('pk-str-room-id-error'))).toBe('strRoomId must not be empty');
    expect(w.bridge.commands).toEqual([]);
  });

  it('tells an audience member up front that only anchors can PK, and keeps Connect off', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom(TRTCRoleType.TRTCRoleAudience));
    expect(text(q('pk-audience'))).toBe(
      'Only anchors can start a cross-room PK. You are in the audience: switch to anchor first, then start the PK.',
    );
    expect(connectButton().disabled).toBe(true);
    await submit();
    expect(w.bridge.commands).toEqual([]);

    await applyAndSettle(fixture, EngineActions.roleSwitched({ role: TRTCRoleType.TRTCRoleAnchor, at: T0 }));
    expect(q('pk-audience')).toBeNull();
    expect(connectButton().disabled).toBe(false);
  });

  it('follows the link from connecting to connected with a running timer, then ending and idle', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom(), requested());
    expect(text(q('pk-status'))).toBe('Connecting to userB in room 978…');
    expect(q('pk-elapsed')).toBeNull();
    expect(connectButton().disabled).toBe(true);
    expect(disconnectButton().disabled).toBe(false);

    await applyAndSettle(fixture, EngineActions.otherRoomConnected({ userId: 'userB', at: T0 + 2_000 }));
    expect(text(q('pk-status'))).toBe('In PK with userB from room 978');
    expect(text(q('pk-elapsed'))).toBe('0:00');

    now.set(T0 + 2_000 + 65_000);
    await fixture.whenStable();
    expect(text(q('pk-elapsed'))).toBe('1:05');
    expect(q('pk-elapsed')!.getAttribute('aria-label')).toBe('PK time 1:05');
    now.set(T0 + 2_000 + 601_000);
    await fixture.whenStable();
    expect(text(q('pk-elapsed'))).toBe('10:01');

    disconnectButton().click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'disconnectOtherRoom' }]);

    await applyAndSettle(fixture, ConsoleActions.otherRoomDisconnectRequested({ at: now() }));
    expect(text(q('pk-status'))).toBe('Ending the PK with userB…');
    expect(q('pk-elapsed')).toBeNull();
    expect(disconnectButton().disabled).toBe(true);

    await applyAndSettle(fixture, EngineActions.otherRoomDisconnected({ at: now() }));
    expect(text(q('pk-status'))).toBe('No PK');
    expect(connectButton().disabled).toBe(false);
  });

  it('lets a PK that is still connecting be called off', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom(), requested());
    disconnectButton().click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'disconnectOtherRoom' }]);
  });

  it.each([
    [TXLiteAVError.ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE, 'Only an anchor can start or end a cross-room PK: switch to anchor first.'],
    [TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST, 'The target room does not exist: check the room ID.'],
    [TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, 'The target anchor is not in that room: check the user ID.'],
    [TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT, 'The cross-room PK request timed out. Try again, or pick another anchor.'],
    [TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM, 'You already hold the maximum number of cross-room links: end the current PK first.'],
  ])('explains failure code %i in words with what to do', async (code, words) => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, 
      ...inRoom(),
      requested(),
      EngineActions.otherRoomConnectFailed({ userId: 'userB', error: { code, message: 'connectOtherRoom: failed' }, at: T0 + 500 }),
    );
    const alert = q('pk-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert.querySelector('.error'))).toBe(`The PK did not start: ${words}`);
    expect(text(q('pk-error-detail'))).toBe(`TRTC code ${code} · connectOtherRoom: failed`);
    expect(text(q('pk-status'))).toBe('No PK');
    expect(connectButton().disabled).toBe(false);
  });

  it('clears the old failure when a new attempt is accepted', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, 
      ...inRoom(),
      requested(),
      EngineActions.otherRoomConnectFailed({
        userId: 'userB',
        error: { code: TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT, message: '' },
        at: T0,
      }),
    );
    expect(text(q('pk-error-detail'))).toBe(`TRTC code ${TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT}`);
    await applyAndSettle(fixture, requested(T0 + 10_000));
    expect(q('pk-error')).toBeNull();
  });

  it("shows the broker's refusal, and clears it once a command is taken", async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    w.bridge.refuseNext(refusal('invalid-state', 'pkOutsideRoom'));
    connectButton().click();
    await fixture.whenStable();
    const alert = q('pk-refusal')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toBe('Not sent: enter a room before starting a cross-room PK');

    connectButton().click();
    await fixture.whenStable();
    expect(w.bridge.commands).toHaveLength(2);
    expect(q('pk-refusal')).toBeNull();
  });

  it('shows a refused disconnect too', async () => {
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom(), requested(), EngineActions.otherRoomConnected({ userId: 'userB', at: T0 }));
    w.bridge.refuseNext(refusal('invalid-state', 'noPk'));
    disconnectButton().click();
    await fixture.whenStable();
    expect(text(q('pk-refusal'))).toBe('Not sent: there is no cross-room PK to end');
  });

  it('speaks Simplified Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    fixture = await renderComponent(PkPanel);
    expect(text(connectButton())).toBe('发起 PK');
    expect(text(q('pk-not-in-room'))).toBe('请先进房：PK 会把你的房间与另一位主播的房间连起来。');

    await applyAndSettle(fixture, ...inRoom(), requested(), EngineActions.otherRoomConnected({ userId: 'userB', at: T0 }));
    now.set(T0 + 42_000);
    await fixture.whenStable();
    expect(text(q('pk-status'))).toBe('正在与房间 978 的 userB PK');
    expect(q('pk-elapsed')!.getAttribute('aria-label')).toBe('PK 时长 0:42');

    await applyAndSettle(fixture, 
      EngineActions.otherRoomDisconnected({ at: T0 }),
      requested(),
      EngineActions.otherRoomConnectFailed({
        userId: 'userB',
        error: { code: TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, message: '' },
        at: T0,
      }),
    );
    expect(text(q('pk-error')!.querySelector('.error'))).toBe('PK 未能开始：目标主播不在该房间：请检查用户 ID。');
    expect(text(q('pk-status'))).toBe('未在 PK');
  });

  it('says rules and refusals in Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    fixture = await renderComponent(PkPanel);
    await applyAndSettle(fixture, ...inRoom());
    await type('pk-room-id', '0');
    expect(text(q('pk-room-id-error'))).toBe('roomId 必须在 1 到 4294967294 之间');
    await type('pk-room-id', '978');
    w.bridge.refuseNext(refusal('invalid-state', 'pkAlready', { status: 'connecting' }));
    connectButton().click();
    await fixture.whenStable();
    expect(text(q('pk-refusal'))).toBe('未发送：已有跨房 PK（连接中）');
  });
});
