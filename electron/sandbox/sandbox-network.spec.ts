import { TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCQuality, TRTCRoleType, TRTCVideoEncParam, TRTCVideoResolution, TRTCVideoResolutionMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

describe('network reports', () => {
  it('sends onNetworkQuality and onStatistics every 2 s in a room, and none outside', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    sandbox.advance(4000);
    expect(client.events.count('onStatistics')).toBe(0);
    sandbox.enterWith(client, 'host', 1, { settleMs: 0 });
    const enteredAt = sandbox.clock.now();
    sandbox.advance(6500);
    const times = client.events.events.filter((e) => e.name === 'onStatistics').map((e) => e.at - enteredAt);
    expect(times.length).toBe(3);
    expect(times[1] - times[0]).toBe(2000);
    expect(client.events.count('onNetworkQuality')).toBe(3);
    client.trtc.exitRoom();
    sandbox.advance(5000);
    expect(client.events.count('onStatistics')).toBe(3);
  });

  it('gives plausible healthy figures that follow the encoder settings', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.client();
    host.trtc.setVideoEncoderParam(new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_1280_720, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 20, 1500));
    host.trtc.enableSmallVideoStream(true, null as unknown as TRTCVideoEncParam);
    host.trtc.startLocalPreview(null);
    host.trtc.startLocalAudio();
    sandbox.enterWith(host, 'host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.trtc.startRemoteView('host', null);
    sandbox.advance(10_000);

    for (const [statistics] of host.events.all('onStatistics')) {
      expect(statistics.rtt).toBeGreaterThanOrEqual(20);
      expect(statistics.rtt).toBeLessThanOrEqual(80);
      expect(statistics.upLoss).toBeLessThanOrEqual(2);
      expect(statistics.appCpu).toBeGreaterThan(0);
      expect(statistics.systemCpu).toBeGreaterThan(statistics.appCpu);
      const [big, small] = statistics.localStatisticsArray;
      expect(big).toMatchObject({ width: 1280, height: 720, frameRate: 20, audioSampleRate: 48000, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig });
      expect(big.videoBitrate).toBeGreaterThanOrEqual(1500 * 0.85);
      expect(big.videoBitrate).toBeLessThanOrEqual(1500);
      expect(small).toMatchObject({ width: 320, height: 180, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeSmall });
      expect(statistics.localStatisticsArraySize).toBe(2);
    }
    const sent = host.events.all('onStatistics').map(([s]) => s.sentBytes);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    // ~1.5 Mbps for 2 s is ~375 KB per report.
    expect(sent[1] - sent[0]).toBeGreaterThan(300_000);

    const [viewerStats] = viewer.events.last('onStatistics')!;
    expect(viewerStats.remoteStatisticsArray).toEqual([
      expect.objectContaining({ userId: 'host', width: 1280, height: 720, frameRate: 20, audioSampleRate: 48000, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig }),
    ]);
    expect(viewerStats.localStatisticsArray).toEqual([]);
    const [local, remotes] = viewer.events.last('onNetworkQuality')!;
    expect(local.userId).toBe('');
    expect([TRTCQuality.TRTCQuality_Excellent, TRTCQuality.TRTCQuality_Good]).toContain(local.quality);
    expect(remotes.map((q) => q.userId)).toEqual(['host']);
  });

  it('replays the same statistics for the same seed', () => {
    const run = () => {
      const sandbox = new SandboxHarness({ seed: 99 });
      const host = sandbox.publishingAnchor('host', 1);
      sandbox.advance(6000);
      return host.events.all('onStatistics').map(([s]) => [s.rtt, s.upLoss, s.sentBytes]);
    };
    expect(run()).toEqual(run());
  });
});

describe('dropConnection', () => {
  function droppedHost(ms: number) {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.trtc.startRemoteView('host', null);
    const frames = collectFrames(viewer.trtc, 'host');
    host.events.clear();
    viewer.events.clear();
    expect(sandbox.cloud.dropConnection('host', ms)).toBe(true);
    return { sandbox, host, viewer, frames };
  }

  it('reports lost, reconnect attempts every 1-2 s, then recovery', () => {
    const { sandbox, host } = droppedHost(6000);
    sandbox.advance(7000);
    const log = host.events.log('onConnectionLost', 'onTryToReconnect', 'onConnectionRecovery', 'onWarning');
    expect(log[0]).toBe('onConnectionLost()');
    expect(log[1]).toMatch(new RegExp(`^onWarning\\(${TXLiteAVWarning.WARNING_ROOM_DISCONNECT},`));
    expect(log.at(-1)).toBe('onConnectionRecovery()');
    const attempts = host.events.events.filter((e) => e.name === 'onTryToReconnect').map((e) => e.at);
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(attempts.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < attempts.length; i++) {
      expect(attempts[i] - attempts[i - 1]).toBeGreaterThanOrEqual(1000);
      expect(attempts[i] - attempts[i - 1]).toBeLessThanOrEqual(2000);
    }
    expect(host.events.all('onWarning').filter(([code]) => code === TXLiteAVWarning.WARNING_ROOM_RECONNECT)).toHaveLength(attempts.length);
    const recoveredAt = host.events.events.find((e) => e.name === 'onConnectionRecovery')!.at;
    expect(attempts.every((at) => at < recoveredAt)).toBe(true);
  });

  it('stops the dropped user’s media reaching others, and resumes it on recovery', () => {
    const { sandbox, frames } = droppedHost(3000);
    sandbox.advance(2900);
    expect(frames).toEqual([]);
    sandbox.advance(1100);
    expect(frames.length).toBeGreaterThan(10);
  });

  it('degrades statistics and quality while down: Down locally, Vbad as seen by others', () => {
    const { sandbox, host, viewer } = droppedHost(10_000);
    sandbox.advance(6000);
    for (const [statistics] of host.events.all('onStatistics')) {
      expect(statistics.rtt).toBeGreaterThanOrEqual(600);
      expect(statistics.upLoss).toBeGreaterThanOrEqual(40);
      expect(statistics.localStatisticsArray[0].videoBitrate).toBeLessThan(550 * 0.1);
    }
    expect(host.events.all('onNetworkQuality').map(([local]) => local.quality)).toEqual(Array(3).fill(TRTCQuality.TRTCQuality_Down));
    const [, remotes] = viewer.events.last('onNetworkQuality')!;
    expect(remotes).toEqual([expect.objectContaining({ userId: 'host', quality: TRTCQuality.TRTCQuality_Vbad })]);
    expect(sandbox.cloud.getRoom(1)?.members[0]).toMatchObject({ userId: 'host', connectionDown: true });
    sandbox.advance(6000);
    const [healthy] = host.events.last('onStatistics')!;
    expect(healthy.rtt).toBeLessThanOrEqual(80);
  });

  it('extends an outage dropped again while down, and reports false for a user in no room', () => {
    const { sandbox, host } = droppedHost(2000);
    sandbox.advance(1000);
    sandbox.cloud.dropConnection('host', 3000);
    sandbox.advance(2500);
    expect(host.events.count('onConnectionRecovery')).toBe(0);
    sandbox.advance(1000);
    expect(host.events.count('onConnectionRecovery')).toBe(1);
    expect(host.events.count('onConnectionLost')).toBe(1);
    expect(sandbox.cloud.dropConnection('nobody', 1000)).toBe(false);
    expect(() => sandbox.cloud.dropConnection('host', Number.NaN)).toThrow(RangeError);
  });
});
