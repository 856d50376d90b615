import { EngineActions, describeCode, type RoomAction, type RoomState, type StatsSample } from '@broadcast-core/room-state';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import type { TRTCStatistics } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEvent } from '../engine/contract';
import { CAMERA_TEST_REFUSALS, SPEAKER_TEST_REFUSALS, deviceChangeToActions } from './device-events';
import { qualityChanges, voiceLevelChanges } from './level-changes';
import { musicEventToActions } from './music-events';
import { publishingEventToActions } from './publishing-events';

/** What the mapping may read besides the event: the current state and the broker's clock. */
export interface EventContext {
  state: RoomState;
  at: number;
}

/** The SDK's message when it gave one, else the plain-language text for the code. */
function codedError(code: number, message: string | undefined) {
  return { code, message: message || describeCode(code).text };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Reduces an onStatistics report to the figures the console plots. */
export function statsSample(s: TRTCStatistics, at: number): StatsSample {
  const local = s.localStatisticsArray ?? [];
  const remote = s.remoteStatisticsArray ?? [];
  return {
    at,
    rtt: s.rtt,
    upLoss: s.upLoss,
    downLoss: s.downLoss,
    sendKbps: sum(local.map((l) => l.videoBitrate + l.audioBitrate)),
    receiveKbps: sum(remote.map((r) => r.videoBitrate + r.audioBitrate)),
    fps: local[0]?.frameRate ?? 0,
    appCpu: s.appCpu,
    systemCpu: s.systemCpu,
  };
}

/**
 * The codes with which the SDK refuses a screen share through onError (there is no failure callback of its
 * own): another user of the room shares (-102016), no right to push a sub stream (-102015), capture failed (-1308).
 */
const SHARE_REFUSALS: ReadonlySet<number> = new Set([
  TXLiteAVError.ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO,
  TXLiteAVError.ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_SUB_VIDEO,
  TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL,
]);

/**
 * Folds one engine callback into room actions, in the order they must apply.
 * Pure: the same event, state and time always give the same actions.
 */
export function eventToActions(event: TRTCEvent, { state, at }: EventContext): RoomAction[] {
  switch (event.name) {
    case 'onError': {
      const error = codedError(event.args[0], event.args[1]);
      const raised = EngineActions.errorRaised({ error, at });
      // A share being started that the SDK refuses ends there; the refusal is logged as any error.
      if (state.screenShare.status === 'starting' && SHARE_REFUSALS.has(error.code)) return [raised, EngineActions.screenShareFailed({ error, at })];
      // So does a speaker test that cannot play its file or open the speaker.
      if (state.preflight.speakerTest.running && SPEAKER_TEST_REFUSALS.has(error.code)) return [raised, EngineActions.speakerTestFailed({ error, at })];
      if (state.preflight.cameraTest.running && CAMERA_TEST_REFUSALS.has(error.code)) return [raised, EngineActions.cameraTestFailed({ error, at })];
      return [raised];
    }
    case 'onWarning':
      return [EngineActions.warningRaised({ error: codedError(event.args[0], event.args[1]), at })];
    case 'onEnterRoom': {
      const [result] = event.args;
      return result > 0
        ? [EngineActions.roomEntered({ elapsedMs: result, at })]
        : [EngineActions.roomEntryFailed({ error: codedError(result, undefined), at })];
    }
    case 'onExitRoom':
      return [EngineActions.roomExited({ reason: event.args[0], at })];
    case 'onSwitchRole': {
      const [code, message] = event.args;
      const role = state.session.pendingRole ?? state.session.role;
      if (code !== 0 || role === null) return [EngineActions.roleSwitchFailed({ error: codedError(code, message), at })];
      return [EngineActions.roleSwitched({ role, at })];
    }
    case 'onConnectOtherRoom': {
      const [userId, code, message] = event.args;
      return code === 0
        ? [EngineActions.otherRoomConnected({ userId, at })]
        : [EngineActions.otherRoomConnectFailed({ userId, error: codedError(code, message), at })];
    }
    case 'onDisconnectOtherRoom': {
      const [code, message] = event.args;
      const ended = EngineActions.otherRoomDisconnected({ at });
      return code === 0 ? [ended] : [EngineActions.warningRaised({ error: codedError(code, message), at }), ended];
    }
    case 'onRemoteUserEnterRoom': {
      const [userId] = event.args;
      const { pk } = state;
      const isOpponent = pk.status !== 'idle' && pk.targetUserId === userId;
      return [EngineActions.remoteUserEntered({ userId, room: isOpponent ? 'pk' : 'own', at })];
    }
    case 'onRemoteUserLeaveRoom':
      return [EngineActions.remoteUserLeft({ userId: event.args[0], reason: event.args[1], at })];
    case 'onUserVideoAvailable':
      return [EngineActions.userVideoAvailabilityChanged({ userId: event.args[0], available: event.args[1] === 1 })];
    case 'onUserAudioAvailable':
      return [EngineActions.userAudioAvailabilityChanged({ userId: event.args[0], available: event.args[1] === 1 })];
    case 'onFirstVideoFrame': {
      const [userId, streamType, width, height] = event.args;
      return [EngineActions.firstVideoFrameRendered({ userId, streamType, size: { width, height } })];
    }
    case 'onSendFirstLocalVideoFrame':
      return [EngineActions.firstLocalVideoFrameSent({ at })];
    case 'onUserVoiceVolume': {
      const levels = voiceLevelChanges(event.args[0], state);
      return levels.length ? [EngineActions.voiceLevelsChanged({ levels })] : [];
    }
    case 'onNetworkQuality': {
      const changes = qualityChanges(event.args[0].quality, event.args[1], state);
      return changes.local !== undefined || changes.remote.length ? [EngineActions.networkQualityChanged(changes)] : [];
    }
    case 'onStatistics':
      return [EngineActions.statisticsUpdated({ sample: statsSample(event.args[0], at) })];
    case 'onConnectionLost':
      return [EngineActions.connectionLost({ at })];
    case 'onTryToReconnect':
      return [EngineActions.reconnecting({ at })];
    case 'onConnectionRecovery':
      return [EngineActions.connectionRecovered({ at })];
    case 'onDeviceChange':
      // The engine side follows this event with a `devices` report, which carries the new lists.
      return deviceChangeToActions(event.args[0], event.args[1], event.args[2], state, at);
    case 'onAudioDeviceCaptureVolumeChanged':
      return [EngineActions.micDeviceVolumeChanged({ volume: event.args[0], muted: event.args[1] })];
    case 'onAudioDevicePlayoutVolumeChanged':
      return [EngineActions.speakerDeviceVolumeChanged({ volume: event.args[0], muted: event.args[1] })];
    case 'onSpeedTestResult': {
      const { quality, upLostRate, downLostRate, rtt, availableUpBandwidth, availableDownBandwidth, success, errMsg } = event.args[0];
      return success
        ? [EngineActions.speedTestMeasured({ result: { quality, upLostRate, downLostRate, rtt, availableUpBandwidth, availableDownBandwidth }, at })]
        : [EngineActions.warningRaised({ error: codedError(-1, errMsg), at })];
    }
    case 'onTestMicVolume':
      return [EngineActions.micTestLevelReported({ volume: event.args[0], at })];
    case 'onTestSpeakerVolume':
      return [EngineActions.speakerTestLevelReported({ volume: event.args[0], at })];
    case 'onStartPublishMediaStream':
    case 'onUpdatePublishMediaStream':
    case 'onStopPublishMediaStream':
    case 'onCdnStreamStateChanged':
      return publishingEventToActions(event, state, at);
    case 'onUserSubStreamAvailable':
      return [EngineActions.userSubStreamAvailabilityChanged({ userId: event.args[0], available: event.args[1] === 1 })];
    case 'onScreenCaptureStarted':
      return [EngineActions.screenCaptureStarted({ at })];
    case 'onScreenCapturePaused':
      return [EngineActions.screenCapturePaused({ reason: event.args[0] })];
    case 'onScreenCaptureResumed':
      return [EngineActions.screenCaptureResumed({ reason: event.args[0] })];
    case 'onScreenCaptureStopped':
      return [EngineActions.screenCaptureStopped({ reason: event.args[0], at })];
    case 'onMusicStart':
    case 'onMusicPlayProgress':
    case 'onMusicComplete':
      return musicEventToActions(event, state, at);
  }
}
