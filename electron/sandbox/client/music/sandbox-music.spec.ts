import { SANDBOX_MUSIC_TRACKS } from '@broadcast-core/room-state/music-library';

import { SandboxTRTCCloud } from '../sandbox-trtc-cloud';
import { EventRecorder } from '../../testing/event-recorder';
import { SandboxHarness, type TestClient } from '../../testing/sandbox-harness';
import { localMusicOpener } from './local-music-file';
import { MUSIC_PROGRESS_INTERVAL_MS } from './music-player';

const WARM_UP = 'sandbox://music/warm-up';
const JINGLE = 'sandbox://music/jingle';
const CORRUPT = 'sandbox://music/corrupt';

/** A stubbed file system: these files exist with these sizes in bytes (128 kbps: 16 bytes a ms). */
const FILES: Record<string, number> = { '/music/intro.mp3': 16 * 8_000, '/music/empty.wav': 0, '/music/notes.txt': 100 };

/** AudioMusicParam as the console fills it. */
const param = (id: number, path: string, more: { loopCount?: number; publish?: boolean; startTimeMS?: number; endTimeMS?: number } = {}) => ({
  id,
  path,
  loopCount: 0,
  publish: true,
  isShortFile: false,
  startTimeMS: 0,
  endTimeMS: 0,
  ...more,
});

/** A client on the harness's cloud whose local files come from FILES. */
function musicClient(sandbox: SandboxHarness): TestClient {
  const trtc = new SandboxTRTCCloud(sandbox.cloud, localMusicOpener((path) => FILES[path]));
  return { trtc, events: new EventRecorder(trtc, sandbox.clock) };
}

const log = (client: TestClient) => client.events.log('onMusicStart', 'onMusicComplete');
const progress = (client: TestClient) => client.events.all('onMusicPlayProgress');

/** What everyone's voice report says of `userId` over time (a listener's reports). */
function levelsOf(client: TestClient, userId: string): number[] {
  return client.events.all('onUserVoiceVolume').map(([volumes]) => volumes.find((v) => v.userId === userId)?.volume ?? -1);
}

describe('the sandbox background music', () => {
  it('plays a built-in track to its end: onStart(id, 0), progress about every 250 ms with its known length, onComplete(id, 0)', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, JINGLE));
    sandbox.advance(2_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)']);
    const seen = progress(client);
    expect(seen.length).toBe(2_000 / MUSIC_PROGRESS_INTERVAL_MS);
    expect(seen.every(([id, , duration]) => id === 1 && duration === 5_000)).toBe(true);
    expect(seen.map(([, position]) => position)).toEqual(seen.map((_, i) => (i + 1) * MUSIC_PROGRESS_INTERVAL_MS));
    sandbox.advance(4_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicComplete(1,0)']);
    expect(progress(client).at(-1)).toEqual([1, 5_000, 5_000]);
    expect(client.trtc.getMusicCurrentPosInMS(1)).toBe(-1);
  });

  it('knows every built-in length up front and answers -1 for a file it cannot open', () => {
    const client = musicClient(new SandboxHarness());
    for (const track of SANDBOX_MUSIC_TRACKS) expect(client.trtc.getMusicDurationInMS(track.path)).toBe(track.durationMs);
    expect(client.trtc.getMusicDurationInMS('/music/intro.mp3')).toBe(8_000);
    expect(client.trtc.getMusicDurationInMS('/music/missing.mp3')).toBe(-1);
    expect(client.trtc.getMusicDurationInMS('sandbox://music/nope')).toBe(-1);
  });

  it('answers a file it cannot open with onStart(id, -4001): missing, unsupported format, unknown built-in, empty path', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, '/music/missing.mp3'));
    client.trtc.startPlayMusic(param(2, '/music/notes.txt'));
    client.trtc.startPlayMusic(param(3, 'sandbox://music/nope'));
    client.trtc.startPlayMusic(param(4, ''));
    sandbox.advance(1_000);
    expect(log(client)).toEqual(['onMusicStart(1,-4001)', 'onMusicStart(2,-4001)', 'onMusicStart(3,-4001)', 'onMusicStart(4,-4001)']);
    expect(progress(client)).toEqual([]);
  });

  it('answers a file that opens but does not decode with onComplete(id, -4002): the corrupt built-in 3 s in, an empty file at once', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, CORRUPT));
    client.trtc.startPlayMusic(param(2, '/music/empty.wav'));
    sandbox.advance(1_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicStart(2,0)', 'onMusicComplete(2,-4002)']);
    sandbox.advance(3_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicStart(2,0)', 'onMusicComplete(2,-4002)', 'onMusicComplete(1,-4002)']);
    expect(Math.max(...progress(client).map(([, position]) => position))).toBeLessThan(3_000);
  });

  it('plays a local file for its size at 128 kbps', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(7, '/music/intro.mp3'));
    sandbox.advance(1_000);
    expect(progress(client).at(-1)).toEqual([7, 1_000, 8_000]);
  });

  it('pauses where it is, resumes from there, and seeks with a progress report at the new place', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, WARM_UP));
    sandbox.advance(1_000);
    client.trtc.pausePlayMusic(1);
    const count = progress(client).length;
    sandbox.advance(5_000);
    expect(progress(client).length).toBe(count);
    expect(client.trtc.getMusicCurrentPosInMS(1)).toBe(1_000);
    client.trtc.seekMusicToPosInTime(1, 20_000);
    sandbox.advance(100);
    expect(progress(client).at(-1)).toEqual([1, 20_000, 30_000]);
    client.trtc.resumePlayMusic(1);
    sandbox.advance(1_000);
    expect(client.trtc.getMusicCurrentPosInMS(1)).toBe(21_000);
    client.trtc.seekMusicToPosInTime(1, 99_000);
    expect(client.trtc.getMusicCurrentPosInMS(1)).toBe(30_000);
    sandbox.advance(500);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicComplete(1,0)']);
  });

  it('stops without onComplete, and takes a new start on a playing id as a replacement', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, JINGLE));
    sandbox.advance(1_000);
    client.trtc.startPlayMusic(param(1, WARM_UP));
    sandbox.advance(500);
    expect(progress(client).at(-1)).toEqual([1, 500, 30_000]);
    client.trtc.stopPlayMusic(1);
    sandbox.advance(40_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicStart(1,0)']);
    // Calls on an id that plays nothing are ignored, as the SDK's.
    client.trtc.pausePlayMusic(1);
    client.trtc.seekMusicToPosInTime(1, 10);
    client.trtc.setMusicPublishVolume(1, 10);
    sandbox.advance(1_000);
    expect(client.events.count('onMusicPlayProgress')).toBe(progress(client).length);
    expect(client.trtc.musicSettings(1)).toBeUndefined();
  });

  it('plays loopCount more times after the first (0 plays once), and honours startTimeMS and endTimeMS', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, JINGLE, { loopCount: 2 }));
    sandbox.advance(14_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)']);
    sandbox.advance(2_000);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicComplete(1,0)']);
    expect(progress(client).filter(([, position]) => position === 5_000).length).toBe(3);
    client.events.clear();
    client.trtc.startPlayMusic(param(2, WARM_UP, { startTimeMS: 10_000, endTimeMS: 11_000 }));
    sandbox.advance(2_000);
    expect(progress(client)[0]).toEqual([2, 10_250, 30_000]);
    expect(log(client)).toEqual(['onMusicStart(2,0)', 'onMusicComplete(2,0)']);
  });

  it('keeps volumes in 0-100 and the pitch in -1 to 1 per id, ignoring a non-number', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, WARM_UP));
    client.trtc.setMusicPublishVolume(1, 150);
    client.trtc.setMusicPlayoutVolume(1, -3);
    client.trtc.setMusicPitch(1, -2);
    expect(client.trtc.musicSettings(1)).toEqual({ publishVolume: 100, playoutVolume: 0, pitch: -1 });
    client.trtc.setMusicPublishVolume(1, 33.6);
    client.trtc.setMusicPlayoutVolume(1, Number.NaN);
    client.trtc.setMusicPitch(1, 0.25);
    expect(client.trtc.musicSettings(1)).toEqual({ publishVolume: 34, playoutVolume: 0, pitch: 0.25 });
  });

  it('delivers music callbacks in order with the others, and none once destroyed', () => {
    const sandbox = new SandboxHarness();
    const client = musicClient(sandbox);
    client.trtc.startPlayMusic(param(1, JINGLE));
    client.trtc.startPlayMusic(param(2, '/music/missing.mp3'));
    expect(client.events.count('onMusicStart')).toBe(0); // never inside the call
    sandbox.advance(300);
    expect(log(client)).toEqual(['onMusicStart(1,0)', 'onMusicStart(2,-4001)']);
    client.trtc.destroy();
    sandbox.advance(10_000);
    expect(client.events.count('onMusicComplete')).toBe(0);
  });

  describe('in the level others hear', () => {
    /** An anchor with its voice turned to silence (capture volume 0), and a listener in its room. */
    function quietAnchor() {
      const sandbox = new SandboxHarness();
      const host = sandbox.enterWith(musicClient(sandbox), 'host', 1);
      host.trtc.startLocalAudio();
      host.trtc.setAudioCaptureVolume(0);
      const guest = sandbox.publishingAnchor('guest', 1);
      host.trtc.enableAudioVolumeEvaluation(300);
      guest.trtc.enableAudioVolumeEvaluation(300);
      sandbox.advance(1_000);
      host.events.clear();
      guest.events.clear();
      return { sandbox, host, guest };
    }

    it('adds the music at its publish volume to what everyone hears of the anchor, its own meter included', () => {
      const { sandbox, host, guest } = quietAnchor();
      sandbox.advance(1_500);
      expect(Math.max(...levelsOf(guest, 'host'))).toBe(0);
      host.events.clear();
      guest.events.clear();
      host.trtc.startPlayMusic(param(1, WARM_UP));
      sandbox.advance(3_000);
      const loud = levelsOf(guest, 'host').slice(1);
      // warm-up pulses between 45 and 60.
      expect(Math.min(...loud)).toBeGreaterThanOrEqual(45);
      expect(Math.max(...loud)).toBeLessThanOrEqual(60);
      expect(levelsOf(host, '').slice(1)).toEqual(loud);
      host.trtc.setMusicPublishVolume(1, 50);
      guest.events.clear();
      sandbox.advance(1_500);
      expect(Math.max(...levelsOf(guest, 'host').slice(1))).toBeLessThanOrEqual(30);
      expect(Math.min(...levelsOf(guest, 'host').slice(1))).toBeGreaterThanOrEqual(22);
    });

    it('adds nothing while paused, unpublished, or only played locally (the playout volume)', () => {
      const { sandbox, host, guest } = quietAnchor();
      host.trtc.startPlayMusic(param(1, WARM_UP, { publish: false }));
      host.trtc.startPlayMusic(param(2, JINGLE));
      host.trtc.setMusicPlayoutVolume(2, 100);
      host.trtc.setMusicPublishVolume(2, 0);
      sandbox.advance(1_500);
      expect(Math.max(...levelsOf(guest, 'host'))).toBe(0);
      host.trtc.setMusicPublishVolume(2, 100);
      sandbox.advance(600);
      host.trtc.pausePlayMusic(2);
      guest.events.clear();
      sandbox.advance(1_500);
      expect(Math.max(...levelsOf(guest, 'host').slice(1))).toBe(0);
    });

    it('adds voice and music, at most 100', () => {
      const { sandbox, host, guest } = quietAnchor();
      host.trtc.setAudioCaptureVolume(100);
      host.trtc.startPlayMusic(param(1, JINGLE));
      host.trtc.startPlayMusic(param(2, WARM_UP));
      sandbox.advance(3_000);
      const levels = levelsOf(guest, 'host').slice(1);
      expect(Math.max(...levels)).toBe(100);
      expect(Math.min(...levels)).toBeGreaterThanOrEqual(45 + 52);
    });
  });
});
