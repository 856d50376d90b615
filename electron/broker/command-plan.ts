import { TRTCAppScene, TRTCRoleType, TRTCVideoMirrorType, TRTCVideoRotation } from 'trtc-electron-sdk/liteav/trtc_define';

import { bridgeError, type BridgeError, type Command, type CommandOf } from '@broadcast-core/bridge';
import {
  ConsoleActions,
  EngineActions,
  findRemoteUser,
  type CodedError,
  type RoomAction,
  type RoomAddress,
  type RoomState,
} from '@broadcast-core/room-state';

import type { EngineHost } from '../engine/engine-host';

/** What accepting a command means: the actions to apply, and the engine calls. */
export interface CommandPlan {
  /**
   * The facts of accepting it. A pending state (entering, switching role, connecting a PK) is applied before the
   * engine is called, so every window shows it at once; a plain setting only after the engine took it.
   */
  accepted: RoomAction[];
  /** True when `accepted` sets a pending state that the engine's events will later settle. */
  pending: boolean;
  /** The engine calls; their outcome comes back later as engine events. */
  run: (host: EngineHost) => void;
  /** Actions that undo a pending state when the engine throws instead of answering. */
  failed?: (error: CodedError, at: number) => RoomAction[];
}

/** What planning may read. */
export interface PlanContext {
  state: RoomState;
  at: number;
  host: EngineHost;
}

type Planner<T extends Command['type']> = (command: CommandOf<T>, ctx: PlanContext) => CommandPlan | BridgeError;

const invalidState = (message: string) => bridgeError('invalid-state', message);
const inRoom = (s: RoomState) => s.session.status === 'in-room';
const isLiveScene = (s: RoomState) =>
  s.session.scene === TRTCAppScene.TRTCAppSceneLIVE || s.session.scene === TRTCAppScene.TRTCAppSceneVoiceChatRoom;
const roomLabel = (s: RoomState) => s.session.params?.roomId ?? s.session.params?.strRoomId ?? '?';

/** A setting the SDK takes without a callback: record it and call the engine. */
const setting = (accepted: RoomAction[], run: (host: EngineHost) => void): CommandPlan => ({ accepted, run, pending: false });

/** Switching roles only exists in the live scenes, inside a room, one switch at a time. */
function roleSwitchRefusal(s: RoomState): BridgeError | null {
  if (!inRoom(s)) return invalidState('enter a room before switching role');
  if (!isLiveScene(s)) return invalidState('in call scenes everyone is an anchor: there is no role to switch');
  if (s.session.pendingRole !== null) return invalidState('a role switch is already under way');
  return null;
}

function knownDevice(list: { deviceId: string }[], deviceId: string, kind: string): BridgeError | null {
  return list.some((d) => d.deviceId === deviceId)
    ? null
    : bridgeError('invalid-command', `no ${kind} with id "${deviceId}"`, 'command.deviceId');
}

/** Turns a sandbox admin call's "nothing there" answer into an error the sender sees. */
function expect(done: boolean, otherwise: string): void {
  if (!done) throw new Error(otherwise);
}

const roleSwitchFailed = (error: CodedError, at: number) => [EngineActions.roleSwitchFailed({ error, at })];

/** When a co-anchoring step throws, the mic and camera flags go back to what they were, with the failure. */
const coAnchoringFailed = (state: RoomState) => (error: CodedError, at: number) => [
  ...roleSwitchFailed(error, at),
  ConsoleActions.localAudioToggled({ started: state.localMedia.audioStarted }),
  ConsoleActions.localPreviewToggled({ started: state.localMedia.previewStarted }),
];

const planners: { [T in Command['type']]: Planner<T> } = {
  enterRoom: ({ params, scene }, { state, at, host }) => {
    const { status } = state.session;
    if (status === 'entering' || status === 'in-room' || status === 'exiting') {
      return invalidState(`already ${status === 'in-room' ? 'in' : status} room ${roomLabel(state)}: exit first`);
    }
    let userSig = params.userSig;
    if (!userSig) {
      if (!host.sandbox) return bridgeError('invalid-command', 'a userSig is required for the Tencent cloud: paste one or set a token URL', 'command.params.userSig');
      userSig = host.sandbox.signUserSig(params.userId, params.sdkAppId);
    }
    const { userSig: _secret, ...shared } = params;
    return {
      accepted: [ConsoleActions.enterRoomRequested({ params: shared, scene, at })],
      pending: true,
      run: (h) => h.engine.enterRoom({ ...shared, userSig }, scene),
      failed: (error, t) => [EngineActions.roomEntryFailed({ error, at: t })],
    };
  },
  exitRoom: (_, { state, at }) => {
    const { status } = state.session;
    if (status !== 'entering' && status !== 'in-room') return invalidState('not in a room');
    return {
      accepted: [ConsoleActions.exitRoomRequested({ at })],
      pending: true,
      run: (h) => h.engine.exitRoom(),
      failed: (error, t) => [EngineActions.roomExitFailed({ error, at: t })],
    };
  },
  switchRole: ({ role }, { state, at }) =>
    roleSwitchRefusal(state) ?? {
      accepted: [ConsoleActions.roleSwitchRequested({ role, at })],
      pending: true,
      run: (h) => h.engine.switchRole(role),
      failed: roleSwitchFailed,
    },
  startCoAnchoring: (_, { state, at }) => {
    const refusal = roleSwitchRefusal(state);
    if (refusal) return refusal;
    if (state.session.role === TRTCRoleType.TRTCRoleAnchor) return invalidState('already an anchor');
    return {
      accepted: [
        ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at }),
        ConsoleActions.localAudioToggled({ started: true }),
        ConsoleActions.localPreviewToggled({ started: true }),
      ],
      pending: true,
      // The guide's order: switch role, then mic, then camera.
      run: (h) => {
        h.engine.switchRole(TRTCRoleType.TRTCRoleAnchor);
        h.engine.startLocalAudio();
        h.engine.startLocalPreview(null);
      },
      failed: coAnchoringFailed(state),
    };
  },
  stopCoAnchoring: (_, { state, at }) => {
    const refusal = roleSwitchRefusal(state);
    if (refusal) return refusal;
    if (state.session.role !== TRTCRoleType.TRTCRoleAnchor) return invalidState('not an anchor');
    if (state.pk.status !== 'idle') return invalidState('end the cross-room PK before leaving the mic');
    return {
      accepted: [
        ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAudience, at }),
        ConsoleActions.localAudioToggled({ started: false }),
        ConsoleActions.localPreviewToggled({ started: false }),
      ],
      pending: true,
      run: (h) => {
        h.engine.switchRole(TRTCRoleType.TRTCRoleAudience);
        h.engine.stopLocalAudio();
        h.engine.stopLocalPreview();
      },
      failed: coAnchoringFailed(state),
    };
  },
  startLocalPreview: () => setting([ConsoleActions.localPreviewToggled({ started: true })], (h) => h.engine.startLocalPreview(null)),
  stopLocalPreview: () => setting([ConsoleActions.localPreviewToggled({ started: false })], (h) => h.engine.stopLocalPreview()),
  startLocalAudio: () => setting([ConsoleActions.localAudioToggled({ started: true })], (h) => h.engine.startLocalAudio()),
  stopLocalAudio: () => setting([ConsoleActions.localAudioToggled({ started: false })], (h) => h.engine.stopLocalAudio()),
  muteLocalVideo: ({ mute }) => setting([ConsoleActions.localVideoMuted({ mute })], (h) => h.engine.muteLocalVideo(mute)),
  muteLocalAudio: ({ mute }) => setting([ConsoleActions.localAudioMuted({ mute })], (h) => h.engine.muteLocalAudio(mute)),
  setVideoEncoderParam: ({ params }) =>
    setting([ConsoleActions.encoderParamsSet({ params })], (h) => h.engine.setVideoEncoderParam({ ...params })),
  setBeautyStyle: ({ beauty }) =>
    setting([ConsoleActions.beautySet({ beauty })], (h) =>
      h.engine.setBeautyStyle(beauty.style, beauty.beauty, beauty.white, beauty.ruddiness),
    ),
  setLocalViewFillMode: ({ mode }) =>
    setting([ConsoleActions.localFillModeSet({ mode })], (h) => h.engine.setLocalViewFillMode(mode)),
  setLocalMirror: ({ mirror }, { state }) =>
    setting([ConsoleActions.localMirrorSet({ mirror })], (h) =>
      h.engine.setLocalRenderParams({
        rotation: TRTCVideoRotation.TRTCVideoRotation0,
        fillMode: state.localMedia.fillMode,
        mirrorType: mirror ? TRTCVideoMirrorType.TRTCVideoMirrorType_Enable : TRTCVideoMirrorType.TRTCVideoMirrorType_Disable,
      }),
    ),
  setRemoteViewFillMode: ({ userId, mode }, { state }) =>
    findRemoteUser(state.remoteUsers, userId)
      ? setting([ConsoleActions.remoteFillModeSet({ userId, mode })], (h) => h.engine.setRemoteViewFillMode(userId, mode))
      : invalidState(`no remote user "${userId}"`),
  muteRemoteAudio: ({ userId, mute }, { state }) =>
    findRemoteUser(state.remoteUsers, userId)
      ? setting([ConsoleActions.remoteAudioMuted({ userId, mute })], (h) => h.engine.muteRemoteAudio(userId, mute))
      : invalidState(`no remote user "${userId}"`),
  connectOtherRoom: ({ target, userId }, { state, at }) => {
    if (!inRoom(state)) return invalidState('enter a room before starting a cross-room PK');
    if (state.pk.status !== 'idle') return invalidState(`a cross-room PK is already ${state.pk.status}`);
    const address: RoomAddress = target.roomId !== undefined ? { roomId: target.roomId } : { strRoomId: target.strRoomId! };
    // The SDK takes a JSON string; errors such as "audience cannot PK" come back from it as onConnectOtherRoom.
    const json = JSON.stringify({ ...address, userId });
    return {
      accepted: [ConsoleActions.otherRoomConnectRequested({ target: address, userId, at })],
      pending: true,
      run: (h) => h.engine.connectOtherRoom(json),
      failed: (error, t) => [EngineActions.otherRoomConnectFailed({ userId, error, at: t })],
    };
  },
  disconnectOtherRoom: (_, { state, at }) => {
    if (state.pk.status !== 'connected' && state.pk.status !== 'connecting') return invalidState('there is no cross-room PK to end');
    return {
      accepted: [ConsoleActions.otherRoomDisconnectRequested({ at })],
      pending: true,
      run: (h) => h.engine.disconnectOtherRoom(),
      failed: (_e, t) => [EngineActions.otherRoomDisconnected({ at: t })],
    };
  },
  setCurrentCameraDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.cameras, deviceId, 'camera') ??
    setting([ConsoleActions.cameraSelected({ deviceId })], (h) => h.engine.setCurrentCameraDevice(deviceId)),
  setCurrentMicDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.mics, deviceId, 'microphone') ??
    setting([ConsoleActions.micSelected({ deviceId })], (h) => h.engine.setCurrentMicDevice(deviceId)),
  setCurrentSpeakerDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.speakers, deviceId, 'speaker') ??
    setting([ConsoleActions.speakerSelected({ deviceId })], (h) => h.engine.setCurrentSpeakerDevice(deviceId)),
  enableAudioVolumeEvaluation: ({ intervalMs }) =>
    setting([ConsoleActions.volumeEvaluationSet({ intervalMs })], (h) => h.engine.enableAudioVolumeEvaluation(intervalMs)),
  'sandbox.removeUser': ({ roomId, userId }) =>
    setting([], (h) => expect(h.sandbox!.removeUser(roomId, userId), `no user "${userId}" in room ${roomId}`)),
  'sandbox.dismissRoom': ({ roomId }) => setting([], (h) => expect(h.sandbox!.dismissRoom(roomId), `no room ${roomId}`)),
  'sandbox.dropConnection': ({ userId, ms }, { state }) => {
    const target = userId ?? state.session.params?.userId;
    if (!target) return bridgeError('invalid-command', 'name a userId, or enter a room to drop your own connection', 'command.userId');
    return setting([], (h) => expect(h.sandbox!.dropConnection(target, ms), `user "${target}" is not online`));
  },
  'sandbox.timeoutNextEnter': () => setting([], (h) => h.sandbox!.timeoutNextEnter()),
  'sandbox.timeoutNextConnectOtherRoom': () => setting([], (h) => h.sandbox!.timeoutNextConnectOtherRoom()),
};

/**
 * Decides whether the room can take a valid command now, and what taking it
 * means. Never touches the engine itself.
 */
export function planCommand(command: Command, ctx: PlanContext): CommandPlan | BridgeError {
  if (command.type.startsWith('sandbox.') && !ctx.host.sandbox) {
    return bridgeError('sandbox-only', `${command.type} works only on the sandbox cloud`);
  }
  return (planners[command.type] as Planner<typeof command.type>)(command as never, ctx);
}
