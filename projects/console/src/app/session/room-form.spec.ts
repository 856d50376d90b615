import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { RoomForm } from './room-form';
import { SESSION_TRANSLATIONS } from './session-translations';
import { FETCH } from './user-sig-fetcher';

/** What fetch resolves to, as far as the fetcher reads it (jsdom has no Response). */
const answer = (status: number, body: string) => ({ ok: status >= 200 && status < 300, status, json: () => Promise.resolve().then(() => JSON.parse(body) as unknown) });

describe('RoomForm', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<RoomForm>;
  let fetchMock: jest.Mock;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement>(id: string) => el().querySelector(`[data-testid="${id}"]`) as T | null;
  const type = async (id: string, value: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const submit = async () => {
    q<HTMLButtonElement>('enter-room')!.closest('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };

  /** Tencent's cloud behind the broker, with no development key: windows must give a userSig. */
  const onTencentCloud = async () => {
    t.bridge.engine.set('trtc');
    t.apply(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3', generation: 1, at: 0, signsUserSigs: false }));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fetchMock = jest.fn();
    t = setUpWindowTesting([SESSION_TRANSLATIONS], [{ provide: FETCH, useValue: fetchMock }]);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }));
    fixture = await renderComponent(RoomForm);
  });

  it('enters the sandbox with the form values and no userSig (the sandbox signs)', async () => {
    await type('user-id', 'host_7');
    await type('room-id', '978');
    await submit();
    expect(t.bridge.commands).toEqual([
      {
        type: 'enterRoom',
        params: { sdkAppId: 1400000001, roomId: 978, userId: 'host_7', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
      },
    ]);
    expect(q('user-sig-auto')?.textContent).toContain('signed automatically');
  });

  it('shows the TRTC rule as you type and sends nothing while a field breaks it', async () => {
    await type('user-id', 'has space');
    expect(q('user-id-error')?.textContent).toMatch(/letters, digits/i);
    expect(q<HTMLButtonElement>('enter-room')!.disabled).toBe(true);
    await submit();
    expect(t.bridge.commands).toEqual([]);
    await type('user-id', 'ok_user');
    expect(q('user-id-error')).toBeNull();
  });

  it('uses strRoomId when the string room type is chosen', async () => {
    q<HTMLInputElement>('room-kind-string')!.click();
    await fixture.whenStable();
    await type('str-room-id', 'show-night');
    await submit();
    expect(t.bridge.commands[0]).toMatchObject({ type: 'enterRoom', params: { strRoomId: 'show-night' } });
    expect(t.bridge.commands[0]).not.toHaveProperty('params.roomId');
  });

  it('on Tencent cloud requires a pasted userSig, and sends it', async () => {
    await onTencentCloud();
    await fixture.whenStable();
    expect(q<HTMLButtonElement>('enter-room')!.disabled).toBe(true);
    await type('user-sig', '  eJyrVgr2  ');
    await submit();
    expect(t.bridge.commands[0]).toMatchObject({ params: { userSig: 'eJyrVgr2' } });
  });

  it('on Tencent cloud with a development key in the engine, needs no userSig and says where it is signed', async () => {
    t.bridge.engine.set('trtc');
    t.apply(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3', generation: 2, at: 1, signsUserSigs: true }));
    await fixture.whenStable();
    expect(q('sig-paste')).toBeNull();
    expect(q('user-sig-auto')?.textContent).toContain('development secret key');
    await submit();
    expect(t.bridge.commands).toEqual([
      { type: 'enterRoom', params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE },
    ]);
  });

  it('fetches the userSig from the token URL, remembers the URL, and sends what it got', async () => {
    await onTencentCloud();
    await fixture.whenStable();
    q<HTMLInputElement>('sig-url')!.click();
    await fixture.whenStable();
    await type('token-url', 'https://tokens.example.com/sig');
    fetchMock.mockResolvedValue(answer(200, JSON.stringify({ userSig: 'signed-by-server' })));
    await submit();
    const url = fetchMock.mock.calls[0][0] as URL;
    expect(url.toString()).toBe('https://tokens.example.com/sig?sdkAppId=1400000001&userId=host_1');
    expect(t.bridge.commands[0]).toMatchObject({ params: { userSig: 'signed-by-server' } });
    expect(TestBed.inject(PreferencesStore).value().tokenUrl).toBe('https://tokens.example.com/sig');
  });

  it('says why a token URL gave no userSig, and does not enter', async () => {
    await onTencentCloud();
    await fixture.whenStable();
    q<HTMLInputElement>('sig-url')!.click();
    await fixture.whenStable();
    await type('token-url', 'https://tokens.example.com/sig');
    fetchMock.mockResolvedValue(answer(403, 'nope'));
    await submit();
    expect(q('command-refusal')?.textContent).toContain('No userSig: the token URL answered HTTP 403');
    fetchMock.mockResolvedValue(answer(200, JSON.stringify({ token: 'x' })));
    await submit();
    expect(q('command-refusal')?.textContent).toContain('has no "userSig"');
    expect(t.bridge.commands).toEqual([]);
  });

  it('refuses a token URL that is not http(s)', async () => {
    await onTencentCloud();
    await fixture.whenStable();
    q<HTMLInputElement>('sig-url')!.click();
    await fixture.whenStable();
    await type('token-url', 'ftp://tokens.example.com');
    expect(q('token-url-error')?.textContent).toContain('http(s)');
    expect(TestBed.inject(PreferencesStore).value().tokenUrl).toBe('');
  });

  it('shows the broker refusal and enables Exit while entering or in the room', async () => {
    t.bridge.refuseNext(refusal('invalid-state', 'alreadyInRoom', { status: 'in', room: 29834 }));
    await submit();
    expect(q('command-refusal')?.textContent).toContain('already in room 29834: exit first');
    expect(q<HTMLButtonElement>('exit-room')!.disabled).toBe(true);
    t.apply(
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 1, userId: 'a', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 10, at: 2 }),
    );
    await fixture.whenStable();
    expect(q<HTMLButtonElement>('exit-room')!.disabled).toBe(false);
    expect(q<HTMLButtonElement>('enter-room')!.disabled).toBe(true);
    q<HTMLButtonElement>('exit-room')!.click();
    expect(t.bridge.commands.at(-1)).toEqual({ type: 'exitRoom' });
  });

  it('keeps Enter disabled, and says why, while the engine restarts', async () => {
    expect(q('enter-blocked')).toBeNull();
    t.apply(EngineActions.engineLost({ reason: 'engine thread exited with code 1', at: 5, capture: { camera: false, mic: false, share: null } }));
    await fixture.whenStable();
    expect(q<HTMLButtonElement>('enter-room')!.disabled).toBe(true);
    expect(q('enter-blocked')?.textContent).toContain('unavailable until the engine is ready');
    expect(q('enter-room')!.getAttribute('aria-describedby')).toBe('enter-blocked');
    await submit();
    expect(t.bridge.commands).toEqual([]);

    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 2, at: 6 }));
    await fixture.whenStable();
    expect(q('enter-blocked')).toBeNull();
    expect(q<HTMLButtonElement>('enter-room')!.disabled).toBe(false);
  });

  it('shows a refusal in Chinese when the window speaks Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    t.bridge.refuseNext(refusal('invalid-state', 'alreadyInRoom', { status: 'in', room: 29834 }));
    await submit();
    expect(q('command-refusal')?.textContent?.trim()).toBe('已在房间 29834：请先退房');
  });

  it('offers to re-enter after the engine was lost, signing with the pasted userSig on Tencent cloud', async () => {
    await onTencentCloud();
    t.apply(
      EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3', generation: 1, at: 0 }),
      ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
      EngineActions.roomEntered({ elapsedMs: 10, at: 2 }),
      EngineActions.engineLost({ reason: 'crashed', at: 3, capture: { camera: true, mic: true, share: null } }),
      EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3', generation: 2, at: 4 }),
    );
    await fixture.whenStable();
    await type('user-sig', 'sig-for-host_1');
    q<HTMLButtonElement>('reenter-room')!.click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type: 'reenterRoom', userSig: 'sig-for-host_1' }]);
  });

  it('explains the chosen scene, in Chinese too', async () => {
    expect(el().querySelector('#scene-hint')?.textContent).toContain('100,000 viewers');
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(el().querySelector('#scene-hint')?.textContent).toContain('10 万名观众');
    expect(q('enter-room')?.textContent).toContain('进入房间');
    // The TRTC rules speak Chinese too, while the bridge keeps its English words.
    await type('user-id', 'has space');
    expect(q('user-id-error')?.textContent).toContain('只能包含字母、数字');
  });
});
