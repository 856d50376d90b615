import fc from 'fast-check';
import { TRTCAppScene, TRTCPublishMode, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { sandboxRooms, trtcEventNamed } from '../../broker/testing/event-arbitraries';
import { VirtualClock } from '../../time/clock';
import { serveEngine } from '../engine-endpoint';
import { createSandboxEngine } from '../sandbox-engine';
import { syncChannel } from '../testing/stepped-engine';
import { DEVICES } from './engine-message-fixtures';
import { TRTC_EVENT_ARGS, TRTC_EVENT_NAMES, parseEngineToBroker, type EngineToBroker, type TRTCEvent } from './index';

describe('TRTC callback arguments', () => {
  it('has an argument schema for exactly the callbacks the console listens to', () => {
    expect(Object.keys(TRTC_EVENT_ARGS).sort()).toEqual([...TRTC_EVENT_NAMES].sort());
  });

  it.each([...TRTC_EVENT_NAMES])('accepts plausible %s arguments, before and after crossing the boundary', (name) => {
    fc.assert(
      fc.property(trtcEventNamed(name), (event) => {
        expect(parseEngineToBroker({ t: 'event', event })).toMatchObject({ ok: true });
        expect(parseEngineToBroker(structuredClone({ t: 'event', event }))).toMatchObject({ ok: true });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts the sandbox rooms the sandbox may report', () => {
    fc.assert(
      fc.property(sandboxRooms, (rooms) => {
        expect(parseEngineToBroker({ t: 'sandbox-rooms', rooms })).toMatchObject({ ok: true });
        expect(parseEngineToBroker({ t: 'ready', kind: 'sandbox', sdkVersion: 'x', devices: DEVICES, sandboxRooms: rooms, signsUserSigs: true })).toMatchObject({ ok: true });
      }),
    );
  });

  it('accepts everything a real sandbox engine sends through a rehearsal: entry, PK, role switches, drops, mutes, exit', () => {
    const clock = new VirtualClock();
    const sandbox = createSandboxEngine({ clock, seed: 5, scenario: 'rehearsal' });
    const [broker, engineEnd] = syncChannel<EngineToBroker, unknown>();
    const received: EngineToBroker[] = [];
    broker.listen((m) => received.push(m));
    const endpoint = serveEngine({ host: sandbox.host, sandbox: sandbox.cloud, channel: engineEnd, clock, crash: () => {} });
    let id = 1;
    const call = (method: string, ...args: unknown[]) => broker.post({ t: 'call', id: id++, method, args });
    try {
      call('enableAudioVolumeEvaluation', 300);
      call('startLocalPreview', null);
      call('startLocalAudio');
      call('enterRoom', { sdkAppId: SANDBOX_SDK_APP_ID, roomId: 29834, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor, userSig: '' }, TRTCAppScene.TRTCAppSceneLIVE);
      clock.advance(5_000);
      call('connectOtherRoom', JSON.stringify({ roomId: 978, userId: 'userB' }));
      clock.advance(3_000);
      const cdn = { mode: TRTCPublishMode.TRTCPublishBigStreamToCdn, cdnUrlList: [{ rtmpUrl: 'rtmp://push.example.com/live/host', isInternalLine: true }], mixStreamIdentity: { userId: '', intRoomId: 0, strRoomId: '' } };
      call('startPublishMediaStream', cdn, null, null);
      call('sandbox.cdnUnreachable', 'push.example.com');
      clock.advance(3_000);
      call('sandbox.cdnRecover');
      call('updatePublishMediaStream', 'sandbox-task-1', cdn, null, null);
      call('stopPublishMediaStream', 'no-such-task');
      clock.advance(3_000);
      call('stopPublishMediaStream', '');
      call('connectOtherRoom', JSON.stringify({ roomId: 4242, userId: 'nobody' }));
      clock.advance(3_000);
      call('disconnectOtherRoom');
      call('switchRole', TRTCRoleType.TRTCRoleAudience);
      clock.advance(2_000);
      call('switchRole', TRTCRoleType.TRTCRoleAnchor);
      call('sandbox.dropConnection', 'host', 3_000);
      // Long enough for the scenario's loop: a fan on the mic and off it, the guest anchor's network drop, a mute.
      clock.advance(92_000);
      call('sandbox.removeUser', 29834, 'fan_01');
      call('exitRoom');
      clock.advance(2_000);
      call('sandbox.dismissRoom', 978);
      clock.advance(1_000);
    } finally {
      endpoint.close();
      sandbox.dispose();
    }
    const refused = received.flatMap((m) => {
      const parsed = parseEngineToBroker(m);
      return parsed.ok ? [] : [{ message: m, error: parsed.error.message }];
    });
    expect(refused).toEqual([]);
    const events = received.flatMap((m): TRTCEvent[] => (m.t === 'event' ? [m.event] : []));
    // The rehearsal really went through the callbacks the broker folds into state.
    for (const name of [
      'onEnterRoom',
      'onRemoteUserEnterRoom',
      'onRemoteUserLeaveRoom',
      'onFirstVideoFrame',
      'onSendFirstLocalVideoFrame',
      'onConnectionLost',
      'onTryToReconnect',
      'onConnectionRecovery',
      'onWarning',
      'onUserVideoAvailable',
      'onUserAudioAvailable',
      'onUserVoiceVolume',
      'onNetworkQuality',
      'onStatistics',
      'onConnectOtherRoom',
      'onDisconnectOtherRoom',
      'onSwitchRole',
      'onExitRoom',
      'onStartPublishMediaStream',
      'onUpdatePublishMediaStream',
      'onStopPublishMediaStream',
      'onCdnStreamStateChanged',
    ] as const) {
      expect({ name, seen: events.some((e) => e.name === name) }).toEqual({ name, seen: true });
    }
    expect(received.some((m) => m.t === 'sandbox-rooms')).toBe(true);
  });
});
