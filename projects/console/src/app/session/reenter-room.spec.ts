import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions, type EngineKind } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { ReenterRoom, type SignUser } from './reenter-room';
import { SESSION_TRANSLATIONS } from './session-translations';

const ready = (generation: number, kind: EngineKind = 'sandbox') => EngineActions.engineReady({ kind, sdkVersion: 'v', generation, at: generation * 10 });
const enter = (room: { roomId: number } | { strRoomId: string } = { roomId: 29834 }) =>
  ConsoleActions.enterRoomRequested({
    params: { sdkAppId: 1400000001, ...room, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
    scene: TRTCAppScene.TRTCAppSceneLIVE,
    at: 1,
  });
const lost = (camera = true, mic = true) => EngineActions.engineLost({ reason: 'engine thread exited', at: 15, capture: { camera, mic, share: null } });

describe('ReenterRoom', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<ReenterRoom>;
  let sign: jest.MockedFunction<SignUser>;
  const { one: q, text } = domQuery(() => fixture);

  async function render(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    fixture = await renderComponent(ReenterRoom, { sign });
  }

  async function click(): Promise<void> {
    q('reenter-room')!.click();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  }

  beforeEach(() => {
    w = setUpWindowTesting([SESSION_TRANSLATIONS]);
    sign = jest.fn<ReturnType<SignUser>, Parameters<SignUser>>();
  });

  it('offers nothing while no session was lost, nor while the engine is still restarting', async () => {
    await render(ready(1), enter(), EngineActions.roomEntered({ elapsedMs: 5, at: 2 }));
    expect(q('reenter-room')).toBeNull();
    w.apply(lost());
    await fixture.whenStable();
    expect(q('reenter-room')).toBeNull();
  });

  it('offers the lost room and user once a fresh engine is ready, saying camera and mic come back', async () => {
    await render(ready(1), enter(), lost(), ready(2));
    expect(text('reenter-room')).toBe('Re-enter room 29834 as host_1');
    expect(text('reenter-restores')).toBe('Camera and microphone will be restarted as they were.');
    expect(q('reenter-room')!.getAttribute('aria-describedby')).toBe('reenter-restores');
  });

  it('says the screen share comes back too, and paused if it was', async () => {
    const source = { sourceId: 'screen-1', sourceName: 'Screen 1', region: null, capture: { mouse: true, border: false } };
    const lostSharing = (paused: boolean) => EngineActions.engineLost({ reason: 'engine thread exited', at: 15, capture: { camera: true, mic: true, share: { source, paused } } });
    await render(ready(1), enter(), lostSharing(false), ready(2));
    expect(text('reenter-restores')).toBe('Camera and microphone will be restarted as they were. Sharing Screen 1 starts again.');
    w.apply(enter(), lostSharing(true), ready(3));
    await fixture.whenStable();
    expect(text('reenter-restores')).toBe('Camera and microphone will be restarted as they were. Sharing Screen 1 starts again, paused as it was.');
  });

  it('names a string room, and says which of camera and mic come back', async () => {
    await render(ready(1), enter({ strRoomId: 'show-night' }), lost(false, true), ready(2));
    expect(text('reenter-room')).toBe('Re-enter room show-night as host_1');
    expect(text('reenter-restores')).toBe('The microphone will be restarted as it was; the camera stays off.');
  });

  it('sends reenterRoom with no userSig on the sandbox, and goes away once the entry starts', async () => {
    await render(ready(1), enter(), lost(), ready(2));
    await click();
    expect(w.bridge.commands).toEqual([{ type: 'reenterRoom' }]);
    expect(sign).not.toHaveBeenCalled();
    expect(q('reenter-sig')).toBeNull();
    w.apply(enter());
    await fixture.whenStable();
    expect(q('reenter-offer')).toBeNull();
  });

  it('signs the lost user on Tencent’s cloud the way the room form does, and sends the userSig', async () => {
    sign.mockResolvedValue({ ok: true, userSig: 'eJy-host_1' });
    await render(ready(1, 'trtc'), enter(), lost(), ready(2, 'trtc'));
    await click();
    expect(text('reenter-sig')).toBe('The userSig comes from the source chosen in the form below.');
    expect(sign).toHaveBeenCalledWith(1400000001, 'host_1');
    expect(w.bridge.commands).toEqual([{ type: 'reenterRoom', userSig: 'eJy-host_1' }]);
  });

  it('says why the token URL gave no userSig, and sends nothing', async () => {
    sign.mockResolvedValue({ ok: false, reason: 'the token URL answered HTTP 403' });
    await render(ready(1, 'trtc'), enter(), lost(), ready(2, 'trtc'));
    await click();
    expect(text('reenter-refusal')).toBe('No userSig: the token URL answered HTTP 403');
    expect(w.bridge.commands).toEqual([]);
  });

  it('shows the broker’s refusal translated, in Chinese too', async () => {
    await render(ready(1), enter(), lost(), ready(2));
    w.bridge.refuseNext(refusal('invalid-command', 'userSigRequired', {}, 'command.userSig'));
    await click();
    expect(q('reenter-refusal')?.getAttribute('role')).toBe('alert');
    expect(text('reenter-refusal')).toBe('a userSig is required for the Tencent cloud: paste one or set a token URL');
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text('reenter-refusal')).toBe('使用腾讯云需要 userSig：请粘贴一个，或设置令牌地址');
    expect(text('reenter-room')).toBe('以 host_1 身份重新进入房间 29834');
    expect(text('reenter-restores')).toBe('摄像头和麦克风将按原样重新开启。');
  });
});
