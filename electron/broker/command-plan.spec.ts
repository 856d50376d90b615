import fc from 'fast-check';
import {
  TRTCAppScene,
  TRTCAudioQuality,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoMirrorType,
  TRTCVideoRotation,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError, Command } from '@broadcast-core/bridge';
import {
  ConsoleActions,
  EngineActions,
  findRemoteUser,
  initialRoomState,
  roomReducer,
  type RoomAction,
  type RoomState,
} from '@broadcast-core/room-state';

import { planCommand, type CommandPlan } from './command-plan';
import { COMMAND_TYPES, SECRET_SIG, validCommandOf } from './testing/command-arbitraries';
import { ENTER_LIVE, ENTER_PARAMS, createTestBroker, inLiveRoom, stateAfter } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

const AT = 7_000;

/** The state with the engine ready, as every command but a refused one needs. */
function ready(state: RoomState, sandbox = true): RoomState {
  return state.engineInfo.status === 'ready'
    ? state
    : roomReducer(state, EngineActions.engineReady({ kind: sandbox ? 'sandbox' : 'trtc', sdkVersion: 'x', generation: 1, at: 0 }));
}

/** Plans `command` in `state`; returns the plan, the state after its accepted actions, and its engine calls as data. */
function accept(command: Command, state: RoomState = initialRoomState(), sandbox = true) {
  const plan = planCommand(command, { state: ready(state, sandbox), at: AT, engine: sandbox ? 'sandbox' : 'trtc' });
  if ('code' in plan) throw new Error(`refused: ${plan.code} ${plan.message}`);
  const after = plan.accepted.reduce<RoomState>((s, a) => roomReducer(s, a), ready(state, sandbox));
  return { plan, after, calls: plan.calls.map(({ method, args }) => ({ method, args })) };
}

/** Plans `command` in `state` and returns the refusal (failing if it was accepted). */
function refuse(command: Command, state: RoomState = initialRoomState(), sandbox = true): BridgeError {
  const plan = planCommand(command, { state: ready(state, sandbox), at: AT, engine: sandbox ? 'sandbox' : 'trtc' });
  if (!('code' in plan)) throw new Error(`accepted ${command.type}: ${JSON.stringify((plan as CommandPlan).accepted)}`);
  return plan;
}

const liveAnchor = () => stateAfter(...inLiveRoom(TRTCRoleType.TRTCRoleAnchor));
const liveAudience = () => stateAfter(...inLiveRoom(TRTCRoleType.TRTCRoleAudience));
const withActions = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);

describe('planCommand: pending states set at acceptance', () => {
  it('enters: session entering with the params minus the userSig', () => {
    const { plan, after, calls } = accept({ type: 'enterRoom', params: { ...ENTER_PARAMS, userSig: SECRET_SIG }, scene: TRTCAppScene.TRTCAppSceneLIVE });
    expect(plan.accepted).toEqual([ConsoleActions.enterRoomRequested({ params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE, at: AT })]);
    expect(after.session).toMatchObject({ status: 'entering', params: ENTER_PARAMS, enterRequestedAt: AT, role: TRTCRoleType.TRTCRoleAnchor });
    expect(calls).toEqual([{ method: 'enterRoom', args: [{ ...ENTER_PARAMS, userSig: SECRET_SIG }, TRTCAppScene.TRTCAppSceneLIVE] }]);
    expect(JSON.stringify(plan.accepted)).not.toContain(SECRET_SIG);
  });

  it('may enter again after an exit or a failed entry', () => {
    const exited = withActions(liveAnchor(), EngineActions.roomExited({ reason: 1, at: 3 }));
    const failed = withActions(initialRoomState(), ConsoleActions.enterRoomRequested({ params: ENTER_PARAMS, scene: 1, at: 1 }), EngineActions.roomEntryFailed({ error: { code: -1, message: '' }, at: 2 }));
    expect(accept(ENTER_LIVE, exited).after.session.status).toBe('entering');
    expect(accept(ENTER_LIVE, failed).after.session.status).toBe('entering');
  });

  it('switches role: pendingRole set before the SDK answers', () => {
    const { after, calls } = accept({ type: 'switchRole', role: TRTCRoleType.TRTCRoleAnchor }, liveAudience());
    expect(after.session).toMatchObject({ role: TRTCRoleType.TRTCRoleAudience, pendingRole: TRTCRoleType.TRTCRoleAnchor });
    expect(calls).toEqual([{ method: 'switchRole', args: [TRTCRoleType.TRTCRoleAnchor] }]);
  });

  it('starts co-anchoring: pending anchor, mic and camera on, in the guide’s call order', () => {
    const { after, calls } = accept({ type: 'startCoAnchoring' }, liveAudience());
    expect(after.session.pendingRole).toBe(TRTCRoleType.TRTCRoleAnchor);
    expect(after.localMedia).toMatchObject({ audioStarted: true, previewStarted: true });
    expect(calls.map((c) => c.method)).toEqual(['switchRole', 'startLocalAudio', 'startLocalPreview']);
  });

  it('stops co-anchoring: pending audience, mic and camera off', () => {
    const { after, calls } = accept({ type: 'stopCoAnchoring' }, liveAnchor());
    expect(after.session.pendingRole).toBe(TRTCRoleType.TRTCRoleAudience);
    expect(after.localMedia).toMatchObject({ audioStarted: false, previewStarted: false });
    expect(calls.map((c) => c.method)).toEqual(['switchRole', 'stopLocalAudio', 'stopLocalPreview']);
  });

  it('connects a PK: connecting, with the target and the SDK’s JSON argument', () => {
    const { after, calls } = accept({ type: 'connectOtherRoom', target: { strRoomId: 'Show #2' }, userId: 'cai' }, liveAnchor());
    expect(after.pk).toMatchObject({ status: 'connecting', target: { strRoomId: 'Show #2' }, targetUserId: 'cai', requestedAt: AT });
    expect(calls).toEqual([{ method: 'connectOtherRoom', args: ['{"strRoomId":"Show #2","userId":"cai"}'] }]);
  });

  it('disconnects a PK (connecting or connected): disconnecting', () => {
    const connecting = withActions(liveAnchor(), ConsoleActions.otherRoomConnectRequested({ target: { roomId: 5 }, userId: 'cai', at: 3 }));
    expect(accept({ type: 'disconnectOtherRoom' }, connecting).after.pk.status).toBe('disconnecting');
    const connected = withActions(connecting, EngineActions.otherRoomConnected({ userId: 'cai', at: 4 }));
    expect(accept({ type: 'disconnectOtherRoom' }, connected).after.pk.status).toBe('disconnecting');
  });

  it('exits from entering or in-room: exiting', () => {
    const entering = stateAfter(inLiveRoom()[0]);
    expect(accept({ type: 'exitRoom' }, entering).after.session.status).toBe('exiting');
    expect(accept({ type: 'exitRoom' }, liveAnchor()).calls).toEqual([{ method: 'exitRoom', args: [] }]);
  });

  it('records settings with their engine calls', () => {
    const state = withActions(liveAnchor(), EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 3 }));
    const mirror = accept({ type: 'setLocalMirror', mirror: true }, state);
    expect(mirror.after.localMedia.mirror).toBe(true);
    expect(mirror.calls).toEqual([{
      method: 'setLocalRenderParams',
      args: [{ rotation: TRTCVideoRotation.TRTCVideoRotation0, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill, mirrorType: TRTCVideoMirrorType.TRTCVideoMirrorType_Enable }],
    }]);
    const mute = accept({ type: 'muteRemoteAudio', userId: 'anna', mute: true }, state);
    expect(findRemoteUser(mute.after.remoteUsers, 'anna')?.audioMuted).toBe(true);
    const camera = accept({ type: 'setCurrentCameraDevice', deviceId: 'cam-2' }, stateAfter(EngineActions.devicesListed({ cameras: [{ deviceId: 'cam-2', deviceName: 'USB' }], mics: [], speakers: [], camera: null, mic: null, speaker: null })));
    expect(camera.after.localMedia.camera).toBe('cam-2');
    expect(camera.calls).toEqual([{ method: 'setCurrentCameraDevice', args: ['cam-2'] }]);
  });
});

describe('planCommand: refusals', () => {
  it.each([
    ['entering', stateAfter(inLiveRoom()[0])],
    ['in a room', liveAnchor()],
    ['exiting', withActions(liveAnchor(), ConsoleActions.exitRoomRequested({ at: 3 }))],
  ])('refuses to enter while %s', (_label, state) => {
    expect(refuse(ENTER_LIVE, state).code).toBe('invalid-state');
  });

  it('refuses to exit when not entering or in a room', () => {
    expect(refuse({ type: 'exitRoom' }).code).toBe('invalid-state');
    expect(refuse({ type: 'exitRoom' }, withActions(liveAnchor(), ConsoleActions.exitRoomRequested({ at: 3 }))).code).toBe('invalid-state');
    expect(refuse({ type: 'exitRoom' }, withActions(liveAnchor(), EngineActions.roomExited({ reason: 0, at: 3 }))).code).toBe('invalid-state');
  });

  it('refuses role switches outside a live room, in call scenes, and while one is under way', () => {
    const toAnchor: Command = { type: 'switchRole', role: TRTCRoleType.TRTCRoleAnchor };
    const call = stateAfter(ConsoleActions.enterRoomRequested({ params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneVideoCall, at: 1 }), EngineActions.roomEntered({ elapsedMs: 1, at: 2 }));
    const switching = withActions(liveAudience(), ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }));
    for (const state of [initialRoomState(), stateAfter(inLiveRoom()[0]), call, switching]) {
      expect(refuse(toAnchor, state).code).toBe('invalid-state');
      expect(refuse({ type: 'startCoAnchoring' }, state).code).toBe('invalid-state');
    }
  });

  it('refuses co-anchoring that changes nothing, and leaving the mic during a PK', () => {
    expect(refuse({ type: 'startCoAnchoring' }, liveAnchor()).code).toBe('invalid-state');
    expect(refuse({ type: 'stopCoAnchoring' }, liveAudience()).code).toBe('invalid-state');
    const pk = withActions(liveAnchor(), ConsoleActions.otherRoomConnectRequested({ target: { roomId: 5 }, userId: 'cai', at: 3 }));
    expect(refuse({ type: 'stopCoAnchoring' }, pk).code).toBe('invalid-state');
  });

  it('refuses a PK outside a room or while one is under way, and ending one that is not there', () => {
    const connect: Command = { type: 'connectOtherRoom', target: { roomId: 5 }, userId: 'cai' };
    expect(refuse(connect).code).toBe('invalid-state');
    const pk = withActions(liveAnchor(), ConsoleActions.otherRoomConnectRequested({ target: { roomId: 5 }, userId: 'cai', at: 3 }));
    expect(refuse(connect, pk).code).toBe('invalid-state');
    expect(refuse({ type: 'disconnectOtherRoom' }, liveAnchor()).code).toBe('invalid-state');
    expect(refuse({ type: 'disconnectOtherRoom' }, withActions(pk, ConsoleActions.otherRoomDisconnectRequested({ at: 4 }))).code).toBe('invalid-state');
  });

  it('refuses commands for remote users who are not there, and devices that are not listed', () => {
    expect(refuse({ type: 'muteRemoteAudio', userId: 'anna', mute: true }).code).toBe('invalid-state');
    expect(refuse({ type: 'setRemoteViewFillMode', userId: 'anna', mode: 1 }).code).toBe('invalid-state');
    expect(refuse({ type: 'setCurrentCameraDevice', deviceId: 'cam-9' })).toMatchObject({ code: 'invalid-command', field: 'command.deviceId' });
    expect(refuse({ type: 'setCurrentMicDevice', deviceId: 'mic-9' })).toMatchObject({ code: 'invalid-command', field: 'command.deviceId' });
    expect(refuse({ type: 'setCurrentSpeakerDevice', deviceId: 'spk-9' })).toMatchObject({ code: 'invalid-command', field: 'command.deviceId' });
  });

  // 'toString' is a valid TRTC userId (letters only); no such user is in the room.
  it('refuses remote-user commands for a userId that is only an Object.prototype member', () => {
    expect(refuse({ type: 'muteRemoteAudio', userId: 'toString', mute: true }, liveAnchor()).code).toBe('invalid-state');
  });

  it('refuses every sandbox command when the engine is not the sandbox, and sends it as one admin call when it is', () => {
    for (const type of COMMAND_TYPES.filter((t) => t.startsWith('sandbox.'))) {
      const [command] = fc.sample(validCommandOf(type), { numRuns: 1, seed: 3 });
      expect(refuse(command, liveAnchor(), false)).toMatchObject({ code: 'sandbox-only', reason: 'sandboxOnly', params: { command: type } });
      const { calls, plan } = accept(command, liveAnchor());
      expect(plan.accepted).toEqual([]);
      expect(calls.map((c) => c.method)).toEqual([type]);
    }
  });

  it('answers engine-failed with the reason, changing nothing, when the sandbox has no such user or room', async () => {
    const t = createTestBroker();
    t.admin!.found = false;
    const before = t.broker.snapshot();
    expect(await t.broker.execute({ type: 'sandbox.removeUser', roomId: 8888, userId: 'anna' })).toMatchObject({
      code: 'engine-failed',
      reason: 'noSandboxUser',
      params: { userId: 'anna', roomId: 8888 },
      message: 'no user "anna" in room 8888',
    });
    expect(await t.broker.execute({ type: 'sandbox.dismissRoom', roomId: 'live-1' })).toMatchObject({ code: 'engine-failed', reason: 'noSandboxRoom' });
    expect(t.broker.snapshot()).toEqual(before);
    expect(t.admin!.calls.map((c) => c.method)).toEqual(['removeUser', 'dismissRoom']);
  });

  it('drops the local user’s connection by default, and asks for a userId outside a room', () => {
    expect(accept({ type: 'sandbox.dropConnection', ms: 500 }, liveAnchor()).calls).toEqual([{ method: 'sandbox.dropConnection', args: ['host', 500] }]);
    expect(refuse({ type: 'sandbox.dropConnection', ms: 500 })).toMatchObject({ code: 'invalid-command', reason: 'noDropTarget', field: 'command.userId' });
  });

  it('refuses every command while the engine is starting or restarting', () => {
    const lost = stateAfter(EngineActions.engineLost({ reason: 'gone', at: 1, capture: { camera: false, mic: false, share: null } }));
    for (const state of [initialRoomState(), lost]) {
      const plan = planCommand({ type: 'startLocalPreview' }, { state, at: AT, engine: 'sandbox' });
      expect(plan).toMatchObject({ code: 'invalid-state', reason: 'engineNotReady' });
    }
  });
});

describe('planCommand: re-entering after a lost engine', () => {
  const lostInRoom = (camera: boolean, mic: boolean) =>
    withActions(ready(liveAudience()), ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }), EngineActions.engineLost({ reason: 'gone', at: 4, capture: { camera, mic, share: null } }));

  it('enters the same room with the same params and the role it was switching to, camera and mic first as before', () => {
    const state = withActions(lostInRoom(true, true), EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 2, at: 5 }));
    const { plan, after, calls } = accept({ type: 'reenterRoom' }, state);
    expect(calls).toEqual([
      { method: 'startLocalPreview', args: [null] },
      { method: 'startLocalAudio', args: [TRTCAudioQuality.TRTCAudioQualityDefault] },
      { method: 'enterRoom', args: [{ ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAnchor, userSig: '' }, TRTCAppScene.TRTCAppSceneLIVE] },
    ]);
    expect(plan.pending).toBe(true);
    expect(after.session).toMatchObject({ status: 'entering', interrupted: null, params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAnchor } });
    expect(after.localMedia).toMatchObject({ previewStarted: true, audioStarted: true });
  });

  it('starts only what was running', () => {
    const state = withActions(lostInRoom(false, true), EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 2, at: 5 }));
    expect(accept({ type: 'reenterRoom' }, state).calls.map((c) => c.method)).toEqual(['startLocalAudio', 'enterRoom']);
  });

  it('needs a userSig on Tencent’s cloud, and refuses when nothing was interrupted or the engine is not back', () => {
    const back = withActions(lostInRoom(false, false), EngineActions.engineReady({ kind: 'trtc', sdkVersion: 'x', generation: 2, at: 5 }));
    expect(refuse({ type: 'reenterRoom' }, back, false)).toMatchObject({ code: 'invalid-command', reason: 'userSigRequired', field: 'command.userSig' });
    expect(accept({ type: 'reenterRoom', userSig: SECRET_SIG }, back, false).calls[0].args[0]).toMatchObject({ userSig: SECRET_SIG });
    expect(refuse({ type: 'reenterRoom' }, liveAnchor())).toMatchObject({ code: 'invalid-state', reason: 'nothingToReenter' });
    const plan = planCommand({ type: 'reenterRoom' }, { state: lostInRoom(false, false), at: AT, engine: 'sandbox' });
    expect(plan).toMatchObject({ reason: 'engineNotReady' });
  });
});

describe('planCommand: the userSig', () => {
  it('leaves signing to the sandbox engine when the window sent none, which signs on its side of the boundary', async () => {
    const { calls } = accept(ENTER_LIVE);
    expect(calls).toEqual([{ method: 'enterRoom', args: [{ ...ENTER_PARAMS, userSig: '' }, TRTCAppScene.TRTCAppSceneLIVE] }]);
    const t = createTestBroker();
    expect(await t.broker.execute(ENTER_LIVE)).toBeNull();
    expect(t.admin!.calls).toEqual([{ method: 'signUserSig', args: ['host', ENTER_PARAMS.sdkAppId] }]);
    expect((t.engine.callsTo('enterRoom')[0][0] as { userSig: string }).userSig).toBe(`sig:${ENTER_PARAMS.sdkAppId}:host`);
    expect(JSON.stringify(t.broker.snapshot())).not.toContain('sig:');
  });

  it('uses the window’s userSig as is, without asking the sandbox to sign', async () => {
    const t = createTestBroker();
    await t.broker.execute({ type: 'enterRoom', params: { ...ENTER_PARAMS, userSig: SECRET_SIG }, scene: 1 });
    expect(t.admin!.calls).toEqual([]);
    expect((t.engine.callsTo('enterRoom')[0][0] as { userSig: string }).userSig).toBe(SECRET_SIG);
  });

  it('refuses an entry without userSig on Tencent’s cloud, and takes one with it', () => {
    expect(refuse(ENTER_LIVE, initialRoomState(), false)).toMatchObject({ code: 'invalid-command', reason: 'userSigRequired', field: 'command.params.userSig' });
    const { calls } = accept({ type: 'enterRoom', params: { ...ENTER_PARAMS, userSig: SECRET_SIG }, scene: 1 }, initialRoomState(), false);
    expect(calls.map((c) => c.method)).toEqual(['enterRoom']);
  });

  it.each([
    ['given by the window', { ...ENTER_PARAMS, userSig: SECRET_SIG }, SECRET_SIG],
    ['signed by the sandbox', ENTER_PARAMS, `sig:${ENTER_PARAMS.sdkAppId}:host`],
  ])('never puts a userSig %s in state or in any broadcast', (_label, params, sig) => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    const actions: unknown[] = [];
    t.broker.actions$.subscribe((a) => actions.push(a));
    w.command('enter', { type: 'enterRoom', params, scene: 1 });
    t.engine.emit({ name: 'onEnterRoom', args: [100] });
    w.reload();
    w.flush();
    expect((t.engine.callsTo('enterRoom')[0][0] as { userSig: string }).userSig).toBe(sig);
    expect(w.state.session.status).toBe('in-room');
    expect(JSON.stringify(t.broker.snapshot())).not.toContain(sig);
    expect(JSON.stringify(actions)).not.toContain(sig);
    expect(w.sent.join('\n')).not.toContain(sig);
  });
});

describe('Broker.execute when the engine throws', () => {
  it.each([
    ['enterRoom', ENTER_LIVE, (s: RoomState) => expect(s.session).toMatchObject({ status: 'idle', lastError: { code: -1 } })],
    ['switchRole', { type: 'switchRole', role: TRTCRoleType.TRTCRoleAnchor }, (s: RoomState) => expect(s.session.pendingRole).toBeNull()],
    ['connectOtherRoom', { type: 'connectOtherRoom', target: { roomId: 5 }, userId: 'cai' }, (s: RoomState) => expect(s.pk).toMatchObject({ status: 'idle', lastError: { code: -1 } })],
  ] as const)('undoes the pending state of %s and answers engine-failed', async (method, command, check) => {
    const t = createTestBroker();
    if (method !== 'enterRoom') {
      await t.broker.execute({ type: 'enterRoom', params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAudience }, scene: 1 });
      t.engine.emit({ name: 'onEnterRoom', args: [50] });
    }
    t.engine.failing.add(method);
    expect(await t.broker.execute(command as Command)).toMatchObject({ code: 'engine-failed' });
    check(t.broker.snapshot().state);
  });

  it('puts mic and camera back when co-anchoring fails at the role switch', async () => {
    const t = createTestBroker();
    await t.broker.execute({ type: 'enterRoom', params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAudience }, scene: 1 });
    t.engine.emit({ name: 'onEnterRoom', args: [50] });
    t.engine.failing.add('switchRole');
    expect(await t.broker.execute({ type: 'startCoAnchoring' })).toMatchObject({ code: 'engine-failed' });
    const { session, localMedia } = t.broker.snapshot().state;
    expect(session).toMatchObject({ pendingRole: null, role: TRTCRoleType.TRTCRoleAudience, roleSwitchError: { code: -1 } });
    expect(localMedia).toMatchObject({ audioStarted: false, previewStarted: false });
  });

  it('ends a PK locally when disconnectOtherRoom throws', async () => {
    const t = createTestBroker();
    await t.broker.execute(ENTER_LIVE);
    t.engine.emit({ name: 'onEnterRoom', args: [50] });
    await t.broker.execute({ type: 'connectOtherRoom', target: { roomId: 5 }, userId: 'cai' });
    t.engine.failing.add('disconnectOtherRoom');
    expect(await t.broker.execute({ type: 'disconnectOtherRoom' })).toMatchObject({ code: 'engine-failed' });
    expect(t.broker.snapshot().state.pk.status).toBe('idle');
  });

  it('does not leave the session stuck in exiting when exitRoom throws', async () => {
    const t = createTestBroker();
    await t.broker.execute(ENTER_LIVE);
    t.engine.emit({ name: 'onEnterRoom', args: [50] });
    t.engine.failing.add('exitRoom');
    expect(await t.broker.execute({ type: 'exitRoom' })).toMatchObject({ code: 'engine-failed' });
    expect(t.broker.snapshot().state.session.status).not.toBe('exiting');
  });

  it('does not record a setting the engine refused', async () => {
    const t = createTestBroker();
    t.engine.failing.add('muteLocalAudio');
    expect(await t.broker.execute({ type: 'muteLocalAudio', mute: true })).toMatchObject({ code: 'engine-failed' });
    expect(t.broker.snapshot().state.localMedia.audioMuted).toBe(false);
  });
});
