import fc from 'fast-check';
import { TRTCAppScene, TRTCRoleType, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import {
  ConsoleActions,
  EngineActions,
  describeCode,
  initialRoomState,
  isRoomAction,
  roomReducer,
  type RoomState,
} from '@broadcast-core/room-state';

import type { TRTCEvent } from '../engine/contract';
import { eventToActions, statsSample } from './event-to-actions';
import { trtcEvent } from './testing/event-arbitraries';
import { ENTER_PARAMS, inLiveRoom, jsonNormal, stateAfter, voiceVolume as volume } from './testing/broker-fixtures';

const AT = 5_000;

/** Publishing callbacks, which the room state does not hold yet. */
/** Music callbacks of an id the console did not start (none in these states) are dropped. */
const MUSIC_EVENTS = ['onMusicStart', 'onMusicPlayProgress', 'onMusicComplete'];
const CDN_EVENTS = ['onStartPublishMediaStream', 'onUpdatePublishMediaStream', 'onStopPublishMediaStream', 'onCdnStreamStateChanged'];
/** The actions for one event in `state` at time AT. */
const map = (event: TRTCEvent, state: RoomState = initialRoomState()) =>
  eventToActions(event, { state, at: AT });

describe('eventToActions', () => {
  it('reports errors and warnings with the SDK message, or the plain-language text when it gave none', () => {
    expect(map({ name: 'onError', args: [-3320, 'bad sig', { extra: 1 }] })).toEqual([
      EngineActions.errorRaised({ error: { code: -3320, message: 'bad sig' }, at: AT }),
    ]);
    expect(map({ name: 'onWarning', args: [5101, ''] })).toEqual([
      EngineActions.warningRaised({ error: { code: 5101, message: describeCode(5101).text }, at: AT }),
    ]);
    expect(describeCode(5101).text).toBe('The network connection to the cloud was lost.');
  });

  it('turns onEnterRoom into Room Entered for a positive result and Room Entry Failed for an error code', () => {
    expect(map({ name: 'onEnterRoom', args: [342] })).toEqual([EngineActions.roomEntered({ elapsedMs: 342, at: AT })]);
    expect(map({ name: 'onEnterRoom', args: [-3320] })).toEqual([
      EngineActions.roomEntryFailed({ error: { code: -3320, message: describeCode(-3320).text }, at: AT }),
    ]);
  });

  it.each([0, 1, 2])('passes the onExitRoom reason %i through', (reason) => {
    expect(map({ name: 'onExitRoom', args: [reason] })).toEqual([EngineActions.roomExited({ reason, at: AT })]);
  });

  it('confirms the pending role on a successful switch, or the current role when none is pending', () => {
    const audience = stateAfter(...inLiveRoom(TRTCRoleType.TRTCRoleAudience));
    const switching = roomReducer(audience, ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }));
    expect(map({ name: 'onSwitchRole', args: [0, ''] }, switching)).toEqual([
      EngineActions.roleSwitched({ role: TRTCRoleType.TRTCRoleAnchor, at: AT }),
    ]);
    expect(map({ name: 'onSwitchRole', args: [0, ''] }, audience)).toEqual([
      EngineActions.roleSwitched({ role: TRTCRoleType.TRTCRoleAudience, at: AT }),
    ]);
  });

  it('reports a failed switch for an error code, and for a success when no role is known', () => {
    const switching = roomReducer(
      stateAfter(...inLiveRoom(TRTCRoleType.TRTCRoleAudience)),
      ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }),
    );
    expect(map({ name: 'onSwitchRole', args: [-1, 'busy'] }, switching)).toEqual([
      EngineActions.roleSwitchFailed({ error: { code: -1, message: 'busy' }, at: AT }),
    ]);
    expect(map({ name: 'onSwitchRole', args: [0, 'ok'] })).toEqual([
      EngineActions.roleSwitchFailed({ error: { code: 0, message: 'ok' }, at: AT }),
    ]);
  });

  it('maps onConnectOtherRoom to connected or failed, keeping the userId', () => {
    expect(map({ name: 'onConnectOtherRoom', args: ['cai', 0, ''] })).toEqual([EngineActions.otherRoomConnected({ userId: 'cai', at: AT })]);
    expect(map({ name: 'onConnectOtherRoom', args: ['cai', -3330, 'audience'] })).toEqual([
      EngineActions.otherRoomConnectFailed({ userId: 'cai', error: { code: -3330, message: 'audience' }, at: AT }),
    ]);
  });

  it('ends the PK on onDisconnectOtherRoom, with a warning first when the SDK reported an error', () => {
    expect(map({ name: 'onDisconnectOtherRoom', args: [0, ''] })).toEqual([EngineActions.otherRoomDisconnected({ at: AT })]);
    expect(map({ name: 'onDisconnectOtherRoom', args: [-102042, ''] })).toEqual([
      EngineActions.warningRaised({ error: { code: -102042, message: describeCode(-102042).text }, at: AT }),
      EngineActions.otherRoomDisconnected({ at: AT }),
    ]);
  });

  it("files a remote user under 'pk' only when it is the opponent of a PK under way", () => {
    const inRoom = stateAfter(...inLiveRoom());
    const connecting = roomReducer(inRoom, ConsoleActions.otherRoomConnectRequested({ target: { roomId: 42 }, userId: 'cai', at: 3 }));
    const connected = roomReducer(connecting, EngineActions.otherRoomConnected({ userId: 'cai', at: 4 }));
    const entered = (state: RoomState, userId: string) => map({ name: 'onRemoteUserEnterRoom', args: [userId] }, state);
    expect(entered(connecting, 'cai')).toEqual([EngineActions.remoteUserEntered({ userId: 'cai', room: 'pk', at: AT })]);
    expect(entered(connected, 'cai')).toEqual([EngineActions.remoteUserEntered({ userId: 'cai', room: 'pk', at: AT })]);
    expect(entered(connected, 'anna')).toEqual([EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: AT })]);
    expect(entered(inRoom, 'cai')).toEqual([EngineActions.remoteUserEntered({ userId: 'cai', room: 'own', at: AT })]);
  });

  it('maps leaving, availability flips and first frames', () => {
    expect(map({ name: 'onRemoteUserLeaveRoom', args: ['anna', 1] })).toEqual([EngineActions.remoteUserLeft({ userId: 'anna', reason: 1, at: AT })]);
    expect(map({ name: 'onUserVideoAvailable', args: ['anna', 1] })).toEqual([
      EngineActions.userVideoAvailabilityChanged({ userId: 'anna', available: true }),
    ]);
    expect(map({ name: 'onUserVideoAvailable', args: ['anna', 0] })).toEqual([
      EngineActions.userVideoAvailabilityChanged({ userId: 'anna', available: false }),
    ]);
    expect(map({ name: 'onUserAudioAvailable', args: ['ben', 1] })).toEqual([
      EngineActions.userAudioAvailabilityChanged({ userId: 'ben', available: true }),
    ]);
    expect(map({ name: 'onFirstVideoFrame', args: ['', TRTCVideoStreamType.TRTCVideoStreamTypeBig, 640, 360] })).toEqual([
      EngineActions.firstVideoFrameRendered({ userId: '', streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size: { width: 640, height: 360 } }),
    ]);
    expect(map({ name: 'onSendFirstLocalVideoFrame', args: [TRTCVideoStreamType.TRTCVideoStreamTypeBig] })).toEqual([
      EngineActions.firstLocalVideoFrameSent({ at: AT }),
    ]);
  });

  it('sends only the voice levels that changed, in meter steps, with silence for users the report leaves out', () => {
    const withAnna = stateAfter(EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 1 }), EngineActions.remoteUserEntered({ userId: 'ben', room: 'own', at: 1 }));
    expect(map({ name: 'onUserVoiceVolume', args: [[volume('', 31), volume('anna', 68), volume('stranger', 90)], 3, 90] }, withAnna)).toEqual([
      EngineActions.voiceLevelsChanged({ levels: [['', 30], ['anna', 70]] }),
    ]);
    const speaking = stateAfter(...[EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 1 }), EngineActions.remoteUserEntered({ userId: 'ben', room: 'own', at: 1 }), EngineActions.voiceLevelsChanged({ levels: [['', 30], ['anna', 70]] })]);
    // The same levels within a meter step: nothing to send. Anna left out: she fell silent.
    expect(map({ name: 'onUserVoiceVolume', args: [[volume('', 29), volume('anna', 71)], 2, 71] }, speaking)).toEqual([]);
    expect(map({ name: 'onUserVoiceVolume', args: [[volume('', 30)], 1, 30] }, speaking)).toEqual([EngineActions.voiceLevelsChanged({ levels: [['anna', 0]] })]);
  });

  it('sends only the network qualities that changed, for users present', () => {
    const withAnna = stateAfter(EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 1 }));
    expect(map({ name: 'onNetworkQuality', args: [{ userId: '', quality: 2 }, [{ userId: 'anna', quality: 5 }, { userId: 'stranger', quality: 1 }]] }, withAnna)).toEqual([
      EngineActions.networkQualityChanged({ local: 2, remote: [['anna', 5]] }),
    ]);
    const known = stateAfter(EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 1 }), EngineActions.networkQualityChanged({ local: 2, remote: [['anna', 5]] }));
    expect(map({ name: 'onNetworkQuality', args: [{ userId: '', quality: 2 }, [{ userId: 'anna', quality: 5 }]] }, known)).toEqual([]);
    expect(map({ name: 'onNetworkQuality', args: [{ userId: '', quality: 3 }, []] }, known)).toEqual([EngineActions.networkQualityChanged({ local: 3, remote: [] })]);
  });

  it('reduces statistics to sums over streams, tolerating missing arrays', () => {
    const local = { width: 640, height: 360, frameRate: 15, videoBitrate: 500, audioSampleRate: 48_000, audioBitrate: 40, streamType: 0 };
    const remote = { userId: 'anna', videoBitrate: 300, audioBitrate: 30 } as never;
    const report = { upLoss: 1, downLoss: 2, appCpu: 10, systemCpu: 30, rtt: 80, localStatisticsArray: [local, { ...local, frameRate: 7, videoBitrate: 100, audioBitrate: 0 }], remoteStatisticsArray: [remote, remote] } as never;
    const sample = { at: AT, rtt: 80, upLoss: 1, downLoss: 2, sendKbps: 640, receiveKbps: 660, fps: 15, appCpu: 10, systemCpu: 30 };
    expect(statsSample(report, AT)).toEqual(sample);
    expect(map({ name: 'onStatistics', args: [report] })).toEqual([EngineActions.statisticsUpdated({ sample })]);
    expect(statsSample({ upLoss: 0, downLoss: 0, appCpu: 0, systemCpu: 0, rtt: 0 } as never, AT)).toEqual({
      ...sample, rtt: 0, upLoss: 0, downLoss: 0, sendKbps: 0, receiveKbps: 0, fps: 0, appCpu: 0, systemCpu: 0,
    });
  });

  it('maps the connection callbacks, and leaves a device change to the devices report that follows it', () => {
    expect(map({ name: 'onConnectionLost', args: [] })).toEqual([EngineActions.connectionLost({ at: AT })]);
    expect(map({ name: 'onTryToReconnect', args: [] })).toEqual([EngineActions.reconnecting({ at: AT })]);
    expect(map({ name: 'onConnectionRecovery', args: [] })).toEqual([EngineActions.connectionRecovered({ at: AT })]);
    expect(map({ name: 'onDeviceChange', args: ['cam-1', 2, 2] })).toEqual([]);
    expect(map({ name: 'onStartPublishMediaStream', args: ['sandbox-task-1', 0, ''] })).toEqual([]);
    expect(map({ name: 'onCdnStreamStateChanged', args: ['rtmp://push.example.com/live/a', 2, 0, ''] })).toEqual([]);
  });

  it('names an unplugged device from the lists it was in, and notes it plugged back; selections and unknown kinds give nothing', () => {
    const listed = stateAfter(
      EngineActions.devicesListed({ cameras: [], mics: [{ deviceId: 'usb', deviceName: 'USB Mic' }, { deviceId: 'int', deviceName: 'Built-in Mic' }], speakers: [], camera: null, mic: 'usb', speaker: null }),
    );
    expect(map({ name: 'onDeviceChange', args: ['usb', 0, 1] }, listed)).toEqual([EngineActions.deviceUnplugged({ deviceId: 'usb', kind: 'mic', deviceName: 'USB Mic', at: AT })]);
    expect(map({ name: 'onDeviceChange', args: ['cam-9', 2, 1] }, listed)).toEqual([EngineActions.deviceUnplugged({ deviceId: 'cam-9', kind: 'camera', deviceName: 'cam-9', at: AT })]);
    expect(map({ name: 'onDeviceChange', args: ['usb', 0, 0] }, listed)).toEqual([EngineActions.devicePluggedIn({ deviceId: 'usb', kind: 'mic', at: AT })]);
    expect(map({ name: 'onDeviceChange', args: ['usb', 0, 3] }, listed)).toEqual([]);
    expect(map({ name: 'onDeviceChange', args: ['x', -1, 1] }, listed)).toEqual([]);
  });

  it('reports the speaker test level, and ends the test on the errors with which it cannot play', () => {
    expect(map({ name: 'onTestSpeakerVolume', args: [64] })).toEqual([EngineActions.speakerTestLevelReported({ volume: 64, at: AT })]);
    const playing = stateAfter(ConsoleActions.speakerTestToggled({ started: true, at: 1 }));
    const error = { code: -2303, message: 'cannot open' };
    expect(map({ name: 'onError', args: [-2303, 'cannot open'] }, playing)).toEqual([EngineActions.errorRaised({ error, at: AT }), EngineActions.speakerTestFailed({ error, at: AT })]);
    expect(map({ name: 'onError', args: [-2303, 'cannot open'] })).toEqual([EngineActions.errorRaised({ error, at: AT })]);
    expect(map({ name: 'onError', args: [-1301, 'camera'] }, playing)).toHaveLength(1);
  });

  it('gives, for any event in any state, room actions that survive the wire unchanged and reduce alike on both ends', () => {
    const states = [
      initialRoomState(),
      stateAfter(...inLiveRoom(TRTCRoleType.TRTCRoleAudience)),
      stateAfter(
        ConsoleActions.enterRoomRequested({ params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneVideoCall, at: 1 }),
        ConsoleActions.otherRoomConnectRequested({ target: { strRoomId: 'x' }, userId: 'cai', at: 2 }),
      ),
    ];
    fc.assert(
      fc.property(trtcEvent, fc.constantFrom(...states), (event, state) => {
        const actions = map(event, state);
        // A device change is told by the devices report; a voice or quality report that changes nothing sends nothing.
        if (!['onDeviceChange', 'onUserVoiceVolume', 'onNetworkQuality', ...CDN_EVENTS, ...MUSIC_EVENTS].includes(event.name)) expect(actions.length).toBeGreaterThan(0);
        expect(map(event, state)).toEqual(actions);
        for (const action of actions) {
          expect(isRoomAction(action)).toBe(true);
          expect(jsonNormal(action)).toEqual(action);
          expect(jsonNormal(roomReducer(state, jsonNormal(action)))).toEqual(jsonNormal(roomReducer(state, action)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
