import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxHarness } from './testing/sandbox-harness';

const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

describe('onUserVoiceVolume', () => {
  it('reports every interval: the local user as "" while its microphone is on, and each audible remote', () => {
    const sandbox = new SandboxHarness();
    sandbox.publishingAnchor('host', 1);
    const cohost = sandbox.publishingAnchor('cohost', 1);
    cohost.trtc.enableAudioVolumeEvaluation(500);
    cohost.events.clear();
    sandbox.advance(2000);
    const reports = cohost.events.all('onUserVoiceVolume');
    expect(reports).toHaveLength(4);
    for (const [volumes, count, total] of reports) {
      expect(volumes.map((v) => v.userId)).toEqual(['', 'host']);
      expect(count).toBe(2);
      expect(total).toBe(Math.max(...volumes.map((v) => v.volume)));
      for (const info of volumes) {
        expect(info.volume).toBeGreaterThanOrEqual(0);
        expect(info.volume).toBeLessThanOrEqual(100);
        expect(info.vad).toBe(info.volume >= 10 ? 1 : 0);
      }
    }
    // The voices move over time: talk spurts and pauses.
    expect(new Set(reports.map(([volumes]) => volumes[1].volume)).size).toBeGreaterThan(1);
  });

  it('agrees with the speaker: a remote volume is the speaker’s own microphone level at that instant', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    host.trtc.enableAudioVolumeEvaluation(300);
    viewer.trtc.enableAudioVolumeEvaluation(300);
    sandbox.advance(3000);
    const own = host.events.all('onUserVoiceVolume').map(([volumes]) => volumes.find((v) => v.userId === '')?.volume);
    const heard = viewer.events.all('onUserVoiceVolume').map(([volumes]) => volumes.find((v) => v.userId === 'host')?.volume);
    expect(heard).toEqual(own);
  });

  it('leaves out muted microphones, remote users muted locally and users without audio', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    sandbox.enter('silent', 1);
    const cohost = sandbox.publishingAnchor('cohost', 1);
    cohost.trtc.enableAudioVolumeEvaluation(200);
    cohost.trtc.muteLocalAudio(true);
    cohost.trtc.muteRemoteAudio('host', true);
    cohost.events.clear();
    sandbox.advance(1000);
    expect(cohost.events.all('onUserVoiceVolume').map(([volumes, count, total]) => [volumes, count, total])).toEqual(Array(5).fill([[], 0, 0]));
    cohost.trtc.muteRemoteAudio('host', false);
    host.trtc.muteLocalAudio(true);
    sandbox.advance(1000);
    expect(cohost.events.last('onUserVoiceVolume')?.[0]).toEqual([]);
  });

  it('stops with interval 0 and clamps intervals below 100 ms', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startLocalAudio();
    client.trtc.enableAudioVolumeEvaluation(10);
    sandbox.advance(1000);
    expect(client.events.count('onUserVoiceVolume')).toBe(10);
    expect(client.events.last('onUserVoiceVolume')?.[0].map((v) => v.userId)).toEqual(['']);
    client.trtc.enableAudioVolumeEvaluation(0);
    sandbox.advance(1000);
    expect(client.events.count('onUserVoiceVolume')).toBe(10);
  });
});
