import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions, type SandboxMemberSummary, type SandboxRoomSummary } from '@broadcast-core/room-state';
import { domQuery, generateMockSandboxMember, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { AskBeforeHarm } from '../confirm/ask-before-harm';
import type { HarmQuestion } from '../confirm/consequence';
import { SandboxPanel } from './sandbox-panel';
import { SANDBOX_TRANSLATIONS } from './sandbox-translations';

const ANCHOR = TRTCRoleType.TRTCRoleAnchor;
const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

const member = (userId: string, extra: Partial<SandboxMemberSummary> = {}): SandboxMemberSummary => generateMockSandboxMember({ userId, ...extra });

const ROOM_29834: SandboxRoomSummary = {
  roomId: 29834,
  scene: TRTCAppScene.TRTCAppSceneLIVE,
  members: [member('guest_anchor', { connectionDown: true }), member('fan_01', { role: AUDIENCE, publishingVideo: false, publishingAudio: false }), member('host_1')],
  anchorCount: 2,
  virtualAudience: 1200,
  onlineCount: 1203,
  links: [{ caller: { roomId: 29834, userId: 'host_1' }, target: { roomId: 978, userId: 'userB' } }],
};
const ROOM_978: SandboxRoomSummary = {
  roomId: 978,
  scene: TRTCAppScene.TRTCAppSceneVideoCall,
  // Someone else may use the local user's userId in another room: that is not "you".
  members: [member('userB', { publishingAudio: false }), member('host_1')],
  anchorCount: 2,
  virtualAudience: 0,
  onlineCount: 2,
  links: [{ caller: { roomId: 29834, userId: 'host_1' }, target: { roomId: 978, userId: 'userB' } }],
};
const STR_ROOM: SandboxRoomSummary = { ...ROOM_978, roomId: 'stage-2', members: [member('mc')], links: [], anchorCount: 1, onlineCount: 1 };

const inspected = (...rooms: SandboxRoomSummary[]) => EngineActions.sandboxRoomsInspected({ rooms, at: 1_000 });
const entered29834 = () => [
  ConsoleActions.enterRoomRequested({
    params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role: ANCHOR },
    scene: TRTCAppScene.TRTCAppSceneLIVE,
    at: 10,
  }),
  EngineActions.roomEntered({ elapsedMs: 120, at: 130 }),
];

describe('SandboxPanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<SandboxPanel>;

  const { root: el, text } = domQuery(() => fixture);
  const cards = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid=sandbox-room]'));
  const card = (roomId: number | string) => cards().find((c) => c.dataset['room'] === String(roomId))!;
  const inCard = (roomId: number | string, testId: string) => card(roomId).querySelector<HTMLElement>(`[data-testid=${testId}]`);
  const row = (roomId: number | string, userId: string) =>
    card(roomId).querySelector<HTMLElement>(`[data-testid=sandbox-member][data-user="${userId}"]`)!;
  const inRow = (roomId: number | string, userId: string, testId: string) => row(roomId, userId).querySelector<HTMLElement>(`[data-testid=${testId}]`);
  const button = (root: ParentNode, testId: string) => root.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!;

  async function render(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    fixture = await renderComponent(SandboxPanel);
  }

  async function click(target: HTMLButtonElement): Promise<void> {
    target.click();
    await fixture.whenStable();
  }

  async function typeSeconds(value: string): Promise<void> {
    const input = el().querySelector<HTMLInputElement>('[data-testid=drop-seconds]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  /** What each removal asked, and the answer the operator gives (yes unless a spec says no). */
  let questions: HarmQuestion[];
  let answer: boolean;

  beforeEach(() => {
    questions = [];
    answer = true;
    const ask = async (question: HarmQuestion) => (questions.push(question), answer);
    w = setUpWindowTesting([SANDBOX_TRANSLATIONS], [{ provide: AskBeforeHarm, useValue: { ask } }]);
  });

  it('says the sandbox has no rooms before any inspection', async () => {
    await render(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 's', generation: 1, at: 1 }));
    expect(cards()).toEqual([]);
    expect(text(el().querySelector('[data-testid=sandbox-no-rooms]'))).toBe('The sandbox has no rooms: a room exists while someone is in it.');
  });

  it('lists the rooms the broker inspected, own room first, with scene, anchors, virtual audience, online count and links', async () => {
    await render(...entered29834(), inspected(ROOM_978, ROOM_29834, STR_ROOM));
    expect(cards().map((c) => c.dataset['room'])).toEqual(['29834', '978', 'stage-2']);
    expect(text(card(29834).querySelector('h3'))).toBe('Room 29834');
    expect(text(card('stage-2').querySelector('h3'))).toBe('String room "stage-2"');
    expect(text(inCard(29834, 'own-room'))).toBe('your room');
    expect(inCard(978, 'own-room')).toBeNull();
    expect([text(inCard(29834, 'room-scene')), text(inCard(978, 'room-scene'))]).toEqual(['Live', 'Video call']);
    expect([text(inCard(29834, 'room-anchors')), text(inCard(29834, 'room-audience')), text(inCard(29834, 'room-online'))]).toEqual(['2', '1200', '1203']);
    expect(text(inCard(29834, 'room-link'))).toBe('host_1 (room 29834) → userB (room 978)');
    expect(inCard('stage-2', 'room-links')).toBeNull();
  });

  it('shows each member’s role, publishing, network, and marks the local user as "you" in the own room only', async () => {
    await render(...entered29834(), inspected(ROOM_29834, ROOM_978));
    const readout = (roomId: number, userId: string) =>
      ['member-role', 'member-video', 'member-audio', 'member-network-down', 'member-you'].map((id) => text(inRow(roomId, userId, id)) ?? null);
    expect(readout(29834, 'guest_anchor')).toEqual(['Anchor', 'camera on', 'mic on', 'network down', null]);
    expect(readout(29834, 'fan_01')).toEqual(['Audience', 'camera off', 'mic off', null, null]);
    expect(readout(29834, 'host_1')).toEqual(['Anchor', 'camera on', 'mic on', null, 'you']);
    expect(readout(978, 'userB')).toEqual(['Anchor', 'camera on', 'mic off', null, null]);
    expect(readout(978, 'host_1')).toEqual(['Anchor', 'camera on', 'mic on', null, null]);
  });

  it('follows each new inspection: a removed member and a dismissed room disappear', async () => {
    await render(...entered29834(), inspected(ROOM_29834, ROOM_978));
    w.apply(inspected({ ...ROOM_29834, members: ROOM_29834.members.filter((m) => m.userId !== 'guest_anchor') }));
    await fixture.whenStable();
    expect(cards().map((c) => c.dataset['room'])).toEqual(['29834']);
    expect(Array.from(card(29834).querySelectorAll<HTMLElement>('[data-testid=sandbox-member]')).map((r) => r.dataset['user'])).toEqual(['fan_01', 'host_1']);
  });

  it('asks before removing a member, naming who leaves which room, and sends nothing when told no', async () => {
    await render(...entered29834(), inspected(ROOM_29834));
    answer = false;
    await click(button(row(29834, 'guest_anchor'), 'remove-user'));
    expect(questions).toEqual([
      expect.objectContaining({ titleParams: { user: 'guest_anchor', room: 29834 }, consequences: [{ key: 'confirm.removesUser', params: { user: 'guest_anchor', room: 29834 } }] }),
    ]);
    expect(w.bridge.commands).toEqual([]);
  });

  it('removes a member, yourself included, with exactly the sandbox.removeUser command', async () => {
    await render(...entered29834(), inspected(ROOM_29834, STR_ROOM));
    const remove = button(row(29834, 'guest_anchor'), 'remove-user');
    expect(remove.getAttribute('aria-label')).toBe('Remove from room: guest_anchor');
    await click(remove);
    await click(button(row(29834, 'host_1'), 'remove-user'));
    await click(button(row('stage-2', 'mc'), 'remove-user'));
    expect(w.bridge.commands).toEqual([
      { type: 'sandbox.removeUser', roomId: 29834, userId: 'guest_anchor' },
      { type: 'sandbox.removeUser', roomId: 29834, userId: 'host_1' },
      { type: 'sandbox.removeUser', roomId: 'stage-2', userId: 'mc' },
    ]);
  });

  it('makes a participant share the slides or stop, says who shares, and leaves your own share to the share panel', async () => {
    const sharing = { ...ROOM_29834, members: [member('guest_anchor', { sharingScreen: true }), member('fan_01'), member('host_1')] };
    await render(...entered29834(), inspected(sharing));
    expect(text(inRow(29834, 'guest_anchor', 'member-sharing'))).toBe('sharing a screen');
    expect(inRow(29834, 'fan_01', 'member-sharing')).toBeNull();
    expect(inRow(29834, 'host_1', 'member-share')).toBeNull();
    const stop = button(row(29834, 'guest_anchor'), 'member-share');
    expect([text(stop), stop.getAttribute('aria-label')]).toEqual(['Stop share', 'Stop share: guest_anchor']);
    await click(stop);
    await click(button(row(29834, 'fan_01'), 'member-share'));
    expect(w.bridge.commands).toEqual([
      { type: 'sandbox.shareScreen', userId: 'guest_anchor' },
      { type: 'sandbox.shareScreen', userId: 'fan_01', sourceId: 'window-slides' },
    ]);
  });

  it('drops a member’s network for the seconds entered (5 by default), and refuses an entry out of 1-120', async () => {
    await render(inspected(ROOM_29834));
    const drop = () => button(row(29834, 'fan_01'), 'drop-network');
    expect(text(drop())).toBe('Drop network 5 s');
    expect(drop().getAttribute('aria-label')).toBe('Drop network 5 s: fan_01');
    await click(drop());
    await typeSeconds('12');
    expect(text(drop())).toBe('Drop network 12 s');
    await click(drop());
    expect(w.bridge.commands).toEqual([
      { type: 'sandbox.dropConnection', userId: 'fan_01', ms: 5000 },
      { type: 'sandbox.dropConnection', userId: 'fan_01', ms: 12000 },
    ]);

    for (const wrong of ['0', '121', '2.5', '']) {
      await typeSeconds(wrong);
      expect([wrong, drop().disabled, text(el().querySelector('[data-testid=drop-seconds-error]'))]).toEqual([
        wrong,
        true,
        'Enter a whole number of seconds from 1 to 120.',
      ]);
    }
    await click(drop());
    expect(w.bridge.commands).toHaveLength(2);
    await typeSeconds('120');
    expect(drop().disabled).toBe(false);
    expect(el().querySelector('[data-testid=drop-seconds-error]')).toBeNull();
  });

  it('asks before dismissing a room, naming what happens, and sends nothing when told no', async () => {
    await render(...entered29834(), inspected(ROOM_29834, ROOM_978));
    answer = false;
    await click(button(card(978), 'dismiss-room'));
    expect(questions).toEqual([
      expect.objectContaining({ titleKey: 'confirm.dismissTitle', titleParams: { room: 978 }, consequences: [{ key: 'sandbox.dismissConfirm' }], confirmTestId: 'confirm-dismiss' }),
    ]);
    expect(w.bridge.commands).toEqual([]);

    answer = true;
    await click(button(card(978), 'dismiss-room'));
    expect(w.bridge.commands).toEqual([{ type: 'sandbox.dismissRoom', roomId: 978 }]);
  });

  it('warns that dismissing your own room sends you out too, and keeps focus in the panel', async () => {
    await render(...entered29834(), inspected(ROOM_29834));
    await click(button(card(29834), 'dismiss-room'));
    expect(questions[0].consequences).toEqual([{ key: 'sandbox.dismissConfirmOwn' }]);
    expect(w.bridge.commands).toEqual([{ type: 'sandbox.dismissRoom', roomId: 29834 }]);
    // The card will go with the room: focus stays in the panel, on the rooms heading.
    expect(document.activeElement?.id).toBe('sandbox-rooms-heading');
  });

  it('arms the entry and PK request timeouts, and says so', async () => {
    await render();
    await click(button(el(), 'timeout-next-enter'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('Armed: the next room entry will time out.');
    await click(button(el(), 'timeout-next-pk'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('Armed: the next PK request will time out.');
    expect(w.bridge.commands).toEqual([{ type: 'sandbox.timeoutNextEnter' }, { type: 'sandbox.timeoutNextConnectOtherRoom' }]);
  });

  it('makes the CDN unreachable and reachable again, and says so', async () => {
    await render();
    await click(button(el(), 'cdn-unreachable'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('The CDN is unreachable: pushes are recovering.');
    await click(button(el(), 'cdn-recover'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('The CDN is reachable again.');
    expect(w.bridge.commands).toEqual([{ type: 'sandbox.cdnUnreachable' }, { type: 'sandbox.cdnRecover' }]);
  });

  it('crashes or hangs the engine on purpose, explaining what follows', async () => {
    await render();
    expect(text(el().querySelector('[data-testid=crash-engine-hint]'))).toBe(
      "The engine's thread ends: every window is told, a fresh engine starts, and you can re-enter the room from the session panel.",
    );
    expect(button(el(), 'crash-engine').getAttribute('aria-describedby')).toBe('sandbox-crash-hint');
    await click(button(el(), 'crash-engine'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('Engine crashed on purpose: watch every window report it and the fresh engine start.');
    await click(button(el(), 'hang-engine'));
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe(
      'Engine hung on purpose: the broker will notice it stopped answering and start a fresh one.',
    );
    expect(w.bridge.commands).toEqual([
      { type: 'sandbox.crashEngine', mode: 'exit' },
      { type: 'sandbox.crashEngine', mode: 'hang' },
    ]);
  });

  it('says why a crash was refused, in Chinese too', async () => {
    await render();
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    w.bridge.refuseNext(refusal('invalid-state', 'engineNotReady'));
    await click(button(el(), 'crash-engine'));
    expect(text(el().querySelector('[data-testid=sandbox-refusal]'))).toBe('引擎正在启动或重启，请稍后再试');
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('');
    expect(text(button(el(), 'crash-engine'))).toBe('让引擎崩溃');
  });

  it('shows the broker’s refusal, and clears it once a command goes through', async () => {
    await render(inspected(ROOM_978));
    w.bridge.refuseNext(refusal('engine-failed', 'noSandboxUser', { userId: 'userB', roomId: 978 }));
    await click(button(row(978, 'userB'), 'remove-user'));
    const alert = el().querySelector<HTMLElement>('[data-testid=sandbox-refusal]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toBe('no user "userB" in room 978');

    w.bridge.refuseNext(refusal('sandbox-only', 'sandboxOnly', { command: 'sandbox.timeoutNextEnter' }));
    await click(button(el(), 'timeout-next-enter'));
    expect(text(el().querySelector('[data-testid=sandbox-refusal]'))).toBe('sandbox.timeoutNextEnter works only on the sandbox cloud');
    expect(text(el().querySelector('[data-testid=sandbox-notice]'))).toBe('');

    await click(button(row(978, 'userB'), 'drop-network'));
    expect(el().querySelector('[data-testid=sandbox-refusal]')).toBeNull();
  });

  it('shows nothing when the engine is Tencent’s', async () => {
    w.bridge.engine.set('trtc');
    await render(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '12.3', generation: 1, at: 1 }), inspected(ROOM_978));
    expect(el().textContent?.trim()).toBe('');
    expect(el().querySelector('button')).toBeNull();
  });

  it('trusts the engine reported in shared state over the bridge’s hello', async () => {
    await render(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '12.3', generation: 1, at: 1 }));
    expect(el().querySelector('button')).toBeNull();
  });

  it('speaks Simplified Chinese', async () => {
    await render(...entered29834(), inspected(ROOM_29834));
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text(card(29834).querySelector('h3'))).toBe('房间 29834');
    expect(text(inCard(29834, 'own-room'))).toBe('你的房间');
    expect(text(inRow(29834, 'host_1', 'member-you'))).toBe('你');
    expect(text(inRow(29834, 'guest_anchor', 'member-network-down'))).toBe('网络已断开');
    expect(text(button(row(29834, 'guest_anchor'), 'remove-user'))).toBe('移出房间');
    expect(text(button(row(29834, 'guest_anchor'), 'drop-network'))).toBe('断网 5 秒');
    expect(text(button(el(), 'timeout-next-enter'))).toBe('下一次进房超时');
    expect(text(button(card(29834), 'dismiss-room'))).toBe('解散房间');
    expect(text(inCard(29834, 'room-scene'))).toBe('视频互动直播');
  });
});
