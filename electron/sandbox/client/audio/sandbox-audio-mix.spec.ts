import { SandboxHarness, type TestClient } from '../../testing/sandbox-harness';

/** Each report's entry for a user, in order. */
function levelsOf(client: TestClient, userId: string): (number | undefined)[] {
  return client.events.all('onUserVoiceVolume').map(([volumes]) => volumes.find((v) => v.userId === userId)?.volume);
}

/** Two publishing anchors in one room, both reporting every 300 ms. */
function twoAnchors() {
  const sandbox = new SandboxHarness();
  const host = sandbox.publishingAnchor('host', 1);
  const guest = sandbox.publishingAnchor('guest', 1);
  host.trtc.enableAudioVolumeEvaluation(300);
  guest.trtc.enableAudioVolumeEvaluation(300);
  host.events.clear();
  guest.events.clear();
  return { sandbox, host, guest };
}

/** `levels` scaled by `volume`% as the sandbox rounds. */
const scaledBy = (levels: (number | undefined)[], volume: number) => levels.map((l) => (l === undefined ? l : Math.round((l * volume) / 100)));

describe('the sandbox audio mix', () => {
  it('scales what everyone hears of a speaker by its capture volume, its own meter included', () => {
    const reference = twoAnchors();
    reference.sandbox.advance(3000);
    const { sandbox, host, guest } = twoAnchors();
    host.trtc.setAudioCaptureVolume(40);
    sandbox.advance(3000);
    expect(host.trtc.getAudioCaptureVolume()).toBe(40);
    expect(levelsOf(host, '')).toEqual(scaledBy(levelsOf(reference.host, ''), 40));
    expect(levelsOf(guest, 'host')).toEqual(levelsOf(host, ''));
    expect(levelsOf(guest, '')).toEqual(levelsOf(reference.guest, ''));
  });

  it('scales only what the listener hears by its playout and per-user volumes', () => {
    const reference = twoAnchors();
    reference.sandbox.advance(3000);
    const { sandbox, host, guest } = twoAnchors();
    host.trtc.setRemoteAudioVolume('guest', 50);
    sandbox.advance(3000);
    expect(levelsOf(host, 'guest')).toEqual(scaledBy(levelsOf(reference.host, 'guest'), 50));
    expect(levelsOf(host, '')).toEqual(levelsOf(reference.host, ''));
    expect(levelsOf(guest, '')).toEqual(levelsOf(reference.guest, ''));
    host.trtc.setRemoteAudioVolume('guest', 100);
    host.trtc.setAudioPlayoutVolume(20);
    host.events.clear();
    reference.host.events.clear();
    sandbox.advance(3000);
    reference.sandbox.advance(3000);
    expect(host.trtc.getAudioPlayoutVolume()).toBe(20);
    expect(levelsOf(host, 'guest')).toEqual(scaledBy(levelsOf(reference.host, 'guest'), 20));
  });

  it('clamps volumes to the SDK range 0-100 and keeps the old value for a non-number', () => {
    const client = new SandboxHarness().client();
    client.trtc.setAudioCaptureVolume(150);
    expect(client.trtc.getAudioCaptureVolume()).toBe(100);
    client.trtc.setAudioCaptureVolume(-5);
    expect(client.trtc.getAudioCaptureVolume()).toBe(0);
    client.trtc.setAudioPlayoutVolume(Number.NaN);
    expect(client.trtc.getAudioPlayoutVolume()).toBe(100);
    client.trtc.setCurrentMicDeviceVolume(33.4);
    expect(client.trtc.getCurrentMicDeviceVolume()).toBe(33);
  });

  it('silences the speaker everywhere while its microphone device is muted', () => {
    const { sandbox, host, guest } = twoAnchors();
    host.trtc.setCurrentMicDeviceMute(true);
    sandbox.advance(1500);
    expect(host.trtc.getCurrentMicDeviceMute()).toBe(true);
    expect(new Set(levelsOf(host, ''))).toEqual(new Set([0]));
    expect(new Set(levelsOf(guest, 'host'))).toEqual(new Set([0]));
  });

  it('reports device volume and mute changes while volume evaluation is on, and only real changes', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.setCurrentMicDeviceVolume(70);
    sandbox.advance(100);
    expect(client.events.count('onAudioDeviceCaptureVolumeChanged')).toBe(0);
    client.trtc.enableAudioVolumeEvaluation(300);
    client.trtc.setCurrentMicDeviceVolume(60);
    client.trtc.setCurrentMicDeviceVolume(60);
    client.trtc.setCurrentMicDeviceMute(true);
    client.trtc.setCurrentSpeakerVolume(40);
    client.trtc.setCurrentSpeakerDeviceMute(true);
    sandbox.advance(100);
    expect(client.events.all('onAudioDeviceCaptureVolumeChanged')).toEqual([
      [60, false],
      [60, true],
    ]);
    expect(client.events.all('onAudioDevicePlayoutVolumeChanged')).toEqual([
      [40, false],
      [40, true],
    ]);
    expect(client.trtc.getCurrentSpeakerVolume()).toBe(40);
    expect(client.trtc.getCurrentSpeakerDeviceMute()).toBe(true);
  });

  it('keeps voice effects until the room is left, as trtc.d.ts says', () => {
    const { sandbox, host } = twoAnchors();
    host.trtc.setVoiceReverbType(1);
    host.trtc.setVoiceChangerType(3);
    expect(host.trtc.voiceEffects()).toEqual({ reverbType: 1, changerType: 3 });
    host.trtc.exitRoom();
    sandbox.advance(1000);
    expect(host.trtc.voiceEffects()).toEqual({ reverbType: 0, changerType: 0 });
  });

  it('forgets per-user volumes when the client leaves the room', () => {
    const { sandbox, host } = twoAnchors();
    host.trtc.setRemoteAudioVolume('guest', 0);
    sandbox.advance(600);
    expect(new Set(levelsOf(host, 'guest'))).toEqual(new Set([0]));
    host.trtc.exitRoom();
    sandbox.advance(1000);
    // The same client entering again: the new session hears the guest at its own level.
    host.trtc.enterRoom(sandbox.params('host', 1), 1);
    host.trtc.startLocalAudio();
    sandbox.advance(2000);
    host.events.clear();
    sandbox.advance(3000);
    expect(levelsOf(host, 'guest').some((l) => (l ?? 0) > 0)).toBe(true);
  });
});
