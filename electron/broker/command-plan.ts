import { TRTCAppScene, TRTCRoleType, TRTCVideoMirrorType, TRTCVideoRotation } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal, type BridgeError, type Command } from '@broadcast-core/bridge';
import {
  ConsoleActions,
  EngineActions,
  findRemoteUser,
  type CodedError,
  type EngineKind,
  type RoomAddress,
  type RoomState,
} from '@broadcast-core/room-state';

import { call, inRoom, invalidState, setting, type CommandPlan, type PlanContext, type PlannedCall, type Planner } from './plan-helpers';
import { audioMixPlanners } from './audio-mix-plan';
import { musicPlanners } from './music-plan';
import { preflightPlanners, preflightStops } from './preflight-plan';
import { restartShare, screenSharePlanners } from './screen-share-plan';
import { publishingPlanners, stopCalls } from './publishing-plan';

export type { CommandPlan, PlanContext, PlannedCall, Planner } from './plan-helpers';

const isLiveScene = (s: RoomState) =>
  s.session.scene === TRTCAppScene.TRTCAppSceneLIVE || s.session.scene === TRTCAppScene.TRTCAppSceneVoiceChatRoom;
const roomLabel = (s: RoomState) => s.session.params?.roomId ?? s.session.params?.strRoomId ?? '?';


/** Switching roles only exists in the live scenes, inside a room, one switch at a time. */
function roleSwitchRefusal(s: RoomState): BridgeError | null {
  if (!inRoom(s)) return invalidState('roleSwitchOutsideRoom');
  if (!isLiveScene(s)) return invalidState('noRoleInCall');
  if (s.session.pendingRole !== null) return invalidState('roleSwitchPending');
  return null;
}

function knownDevice(list: { deviceId: string }[], deviceId: string, kind: string): BridgeError | null {
  return list.some((d) => d.deviceId === deviceId) ? null : refusal('invalid-command', 'unknownDevice', { kind, deviceId }, 'command.deviceId');
}

const roleSwitchFailed = (error: CodedError, at: number) => [EngineActions.roleSwitchFailed({ error, at })];

/** When a co-anchoring step fails, the mic and camera flags go back to what they were, with the failure. */
const coAnchoringFailed = (state: RoomState) => (error: CodedError, at: number) => [
  ...roleSwitchFailed(error, at),
  ConsoleActions.localAudioToggled({ started: state.localMedia.audioStarted }),
  ConsoleActions.localPreviewToggled({ started: state.localMedia.previewStarted }),
];

/** Why a room cannot be entered now, if it cannot. */
function entryRefusal(state: RoomState): BridgeError | null {
  const { status } = state.session;
  if (status === 'entering' || status === 'in-room' || status === 'exiting') {
    return invalidState('alreadyInRoom', { status: status === 'in-room' ? 'in' : status, room: roomLabel(state) });
  }
  return null;
}

/** Entering needs a userSig unless the engine signs one on its side of the boundary (the sandbox, or a development key). */
function userSigRefusal(state: RoomState, engine: EngineKind, userSig: string | undefined, field: string): BridgeError | null {
  const signs = state.engineInfo.signsUserSigs || engine === 'sandbox';
  return !userSig && !signs ? refusal('invalid-command', 'userSigRequired', {}, field) : null;
}

const planners: { [T in Command['type']]: Planner<T> } = {
  enterRoom: ({ params, scene }, { state, at, engine }) => {
    const refused = entryRefusal(state) ?? userSigRefusal(state, engine, params.userSig, 'command.params.userSig');
    if (refused) return refused;
    const { userSig, ...shared } = params;
    return {
      accepted: [ConsoleActions.enterRoomRequested({ params: shared, scene, at })],
      pending: true,
      // An empty userSig is signed on the engine side (sandbox only); the userSig never enters shared state. Pre-flight tests end first.
      calls: [...preflightStops(state), call({ method: 'enterRoom', args: [{ ...shared, userSig: userSig ?? '' }, scene] })],
      failed: (error, t) => [EngineActions.roomEntryFailed({ error, at: t })],
    };
  },
  reenterRoom: ({ userSig }, { state, at, engine }) => {
    const interrupted = state.session.interrupted;
    if (!interrupted) return invalidState('nothingToReenter');
    const refused = entryRefusal(state) ?? userSigRefusal(state, engine, userSig, 'command.userSig');
    if (refused) return refused;
    const params = { ...interrupted.params, role: interrupted.role };
    // The share that was running comes back once the entry is asked for; the SDK publishes it once in the room.
    const share = restartShare(interrupted.share, state, at);
    // The guide's order for an anchor: camera, then mic, then enter.
    const calls = [
      ...(interrupted.camera ? [call({ method: 'startLocalPreview', args: [null] })] : []),
      ...(interrupted.mic ? [call({ method: 'startLocalAudio', args: [state.audioMix.quality] })] : []),
      call({ method: 'enterRoom', args: [{ ...params, userSig: userSig ?? '' }, interrupted.scene] }),
      ...share.calls,
    ];
    return {
      accepted: [
        ...(interrupted.camera ? [ConsoleActions.localPreviewToggled({ started: true })] : []),
        ...(interrupted.mic ? [ConsoleActions.localAudioToggled({ started: true })] : []),
        ConsoleActions.enterRoomRequested({ params, scene: interrupted.scene, at }),
        ...share.accepted,
      ],
      pending: true,
      calls,
      // A failed share call leaves the entry, which went ahead, alone; a failed entry skipped the share too.
      failed: (error, t, failedCall) => [
        ...(failedCall < calls.length - share.calls.length
          ? [
              EngineActions.roomEntryFailed({ error, at: t }),
              ConsoleActions.localPreviewToggled({ started: state.localMedia.previewStarted }),
              ConsoleActions.localAudioToggled({ started: state.localMedia.audioStarted }),
            ]
          : []),
        ...(share.calls.length ? [EngineActions.screenShareFailed({ error, at: t })] : []),
      ],
    };
  },
  exitRoom: (_, { state, at }) => {
    const { status } = state.session;
    if (status !== 'entering' && status !== 'in-room') return invalidState('notInRoom');
    return {
      accepted: [ConsoleActions.exitRoomRequested({ at })],
      pending: true,
      // A CDN task would outlive the session in the cloud, out of the console's reach: it ends first.
      calls: [...stopCalls(state), call({ method: 'exitRoom', args: [] })],
      failed: (error, t) => [EngineActions.roomExitFailed({ error, at: t })],
    };
  },
  switchRole: ({ role }, { state, at }) =>
    roleSwitchRefusal(state) ?? {
      accepted: [ConsoleActions.roleSwitchRequested({ role, at })],
      pending: true,
      calls: [call({ method: 'switchRole', args: [role] })],
      failed: roleSwitchFailed,
    },
  startCoAnchoring: (_, { state, at }) => {
    const refused = roleSwitchRefusal(state);
    if (refused) return refused;
    if (state.session.role === TRTCRoleType.TRTCRoleAnchor) return invalidState('alreadyAnchor');
    return {
      accepted: [
        ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at }),
        ConsoleActions.localAudioToggled({ started: true }),
        ConsoleActions.localPreviewToggled({ started: true }),
      ],
      pending: true,
      // The guide's order: switch role, then mic, then camera.
      calls: [
        call({ method: 'switchRole', args: [TRTCRoleType.TRTCRoleAnchor] }),
        call({ method: 'startLocalAudio', args: [state.audioMix.quality] }),
        call({ method: 'startLocalPreview', args: [null] }),
      ],
      failed: coAnchoringFailed(state),
    };
  },
  stopCoAnchoring: (_, { state, at }) => {
    const refused = roleSwitchRefusal(state);
    if (refused) return refused;
    if (state.session.role !== TRTCRoleType.TRTCRoleAnchor) return invalidState('notAnchor');
    if (state.pk.status !== 'idle') return invalidState('endPkFirst');
    return {
      accepted: [
        ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAudience, at }),
        ConsoleActions.localAudioToggled({ started: false }),
        ConsoleActions.localPreviewToggled({ started: false }),
      ],
      pending: true,
      calls: [
        call({ method: 'switchRole', args: [TRTCRoleType.TRTCRoleAudience] }),
        call({ method: 'stopLocalAudio', args: [] }),
        call({ method: 'stopLocalPreview', args: [] }),
      ],
      failed: coAnchoringFailed(state),
    };
  },
  startLocalPreview: () => setting([ConsoleActions.localPreviewToggled({ started: true })], call({ method: 'startLocalPreview', args: [null] })),
  stopLocalPreview: () => setting([ConsoleActions.localPreviewToggled({ started: false })], call({ method: 'stopLocalPreview', args: [] })),
  startLocalAudio: (_, { state }) =>
    setting([ConsoleActions.localAudioToggled({ started: true })], call({ method: 'startLocalAudio', args: [state.audioMix.quality] })),
  stopLocalAudio: () => setting([ConsoleActions.localAudioToggled({ started: false })], call({ method: 'stopLocalAudio', args: [] })),
  muteLocalVideo: ({ mute }) => setting([ConsoleActions.localVideoMuted({ mute })], call({ method: 'muteLocalVideo', args: [mute] })),
  muteLocalAudio: ({ mute }) => setting([ConsoleActions.localAudioMuted({ mute })], call({ method: 'muteLocalAudio', args: [mute] })),
  setVideoEncoderParam: ({ params }) =>
    setting([ConsoleActions.encoderParamsSet({ params })], call({ method: 'setVideoEncoderParam', args: [{ ...params }] })),
  setBeautyStyle: ({ beauty }) =>
    setting([ConsoleActions.beautySet({ beauty })], call({ method: 'setBeautyStyle', args: [beauty.style, beauty.beauty, beauty.white, beauty.ruddiness] })),
  setLocalViewFillMode: ({ mode }) => setting([ConsoleActions.localFillModeSet({ mode })], call({ method: 'setLocalViewFillMode', args: [mode] })),
  setLocalMirror: ({ mirror }, { state }) =>
    setting([ConsoleActions.localMirrorSet({ mirror })], mirrorCall(mirror, state.localMedia.fillMode)),
  setRemoteViewFillMode: ({ userId, mode }, { state }) =>
    findRemoteUser(state.remoteUsers, userId)
      ? setting([ConsoleActions.remoteFillModeSet({ userId, mode })], call({ method: 'setRemoteViewFillMode', args: [userId, mode] }))
      : invalidState('noRemoteUser', { userId }),
  muteRemoteAudio: ({ userId, mute }, { state }) =>
    findRemoteUser(state.remoteUsers, userId)
      ? setting([ConsoleActions.remoteAudioMuted({ userId, mute })], call({ method: 'muteRemoteAudio', args: [userId, mute] }))
      : invalidState('noRemoteUser', { userId }),
  connectOtherRoom: ({ target, userId }, { state, at }) => {
    if (!inRoom(state)) return invalidState('pkOutsideRoom');
    if (state.pk.status !== 'idle') return invalidState('pkAlready', { status: state.pk.status });
    const address: RoomAddress = target.roomId !== undefined ? { roomId: target.roomId } : { strRoomId: target.strRoomId! };
    // The SDK takes a JSON string; errors such as "audience cannot PK" come back from it as onConnectOtherRoom.
    return {
      accepted: [ConsoleActions.otherRoomConnectRequested({ target: address, userId, at })],
      pending: true,
      calls: [call({ method: 'connectOtherRoom', args: [JSON.stringify({ ...address, userId })] })],
      failed: (error, t) => [EngineActions.otherRoomConnectFailed({ userId, error, at: t })],
    };
  },
  disconnectOtherRoom: (_, { state, at }) => {
    if (state.pk.status !== 'connected' && state.pk.status !== 'connecting') return invalidState('noPk');
    return {
      accepted: [ConsoleActions.otherRoomDisconnectRequested({ at })],
      pending: true,
      calls: [call({ method: 'disconnectOtherRoom', args: [] })],
      failed: (_e, t) => [EngineActions.otherRoomDisconnected({ at: t })],
    };
  },
  setCurrentCameraDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.cameras, deviceId, 'camera') ??
    setting([ConsoleActions.cameraSelected({ deviceId })], call({ method: 'setCurrentCameraDevice', args: [deviceId] })),
  setCurrentMicDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.mics, deviceId, 'microphone') ??
    setting([ConsoleActions.micSelected({ deviceId })], call({ method: 'setCurrentMicDevice', args: [deviceId] })),
  setCurrentSpeakerDevice: ({ deviceId }, { state }) =>
    knownDevice(state.localMedia.speakers, deviceId, 'speaker') ??
    setting([ConsoleActions.speakerSelected({ deviceId })], call({ method: 'setCurrentSpeakerDevice', args: [deviceId] })),
  ...screenSharePlanners,
  ...audioMixPlanners,
  ...musicPlanners,
  ...preflightPlanners,
  ...publishingPlanners,
  enableAudioVolumeEvaluation: ({ intervalMs }) =>
    setting([ConsoleActions.volumeEvaluationSet({ intervalMs })], call({ method: 'enableAudioVolumeEvaluation', args: [intervalMs] })),
  'sandbox.removeUser': ({ roomId, userId }) =>
    setting([], { method: 'sandbox.removeUser', args: [roomId, userId], notFound: refusal('engine-failed', 'noSandboxUser', { userId, roomId }) }),
  'sandbox.dismissRoom': ({ roomId }) =>
    setting([], { method: 'sandbox.dismissRoom', args: [roomId], notFound: refusal('engine-failed', 'noSandboxRoom', { roomId }) }),
  'sandbox.dropConnection': ({ userId, ms }, { state }) => {
    const target = userId ?? state.session.params?.userId;
    if (!target) return refusal('invalid-command', 'noDropTarget', {}, 'command.userId');
    return setting([], { method: 'sandbox.dropConnection', args: [target, ms], notFound: refusal('engine-failed', 'userOffline', { userId: target }) });
  },
  'sandbox.shareScreen': ({ userId, sourceId }) =>
    setting([], { method: 'sandbox.shareScreen', args: [userId, sourceId ?? null], notFound: refusal('engine-failed', 'userOffline', { userId }) }),
  'sandbox.timeoutNextEnter': () => setting([], call({ method: 'sandbox.timeoutNextEnter', args: [] })),
  'sandbox.timeoutNextConnectOtherRoom': () => setting([], call({ method: 'sandbox.timeoutNextConnectOtherRoom', args: [] })),
  'sandbox.crashEngine': ({ mode }) => setting([], call({ method: 'sandbox.crashEngine', args: [mode] })),
};

/** The SDK's render-params call for a mirror setting (it sets rotation and fill mode too, so both are passed as they are). */
export function mirrorCall(mirror: boolean, fillMode: RoomState['localMedia']['fillMode']): PlannedCall {
  return call({
    method: 'setLocalRenderParams',
    args: [
      {
        rotation: TRTCVideoRotation.TRTCVideoRotation0,
        fillMode,
        mirrorType: mirror ? TRTCVideoMirrorType.TRTCVideoMirrorType_Enable : TRTCVideoMirrorType.TRTCVideoMirrorType_Disable,
      },
    ],
  });
}

/**
 * Decides whether the room can take a valid command now, and what taking it means. Never touches the
 * engine itself: the calls come back as data for the broker to send.
 */
export function planCommand(command: Command, ctx: PlanContext): CommandPlan | BridgeError {
  if (command.type.startsWith('sandbox.') && ctx.engine !== 'sandbox') {
    return refusal('sandbox-only', 'sandboxOnly', { command: command.type });
  }
  if (ctx.state.engineInfo.status !== 'ready') return invalidState('engineNotReady');
  return (planners[command.type] as Planner<typeof command.type>)(command as never, ctx);
}
