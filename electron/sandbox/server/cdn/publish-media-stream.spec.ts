import { TRTCPublishMode, TRTCRoleType, TRTCVideoFillMode, TRTCVideoStreamType, type TRTCStreamEncoderParam, type TRTCStreamMixingConfig, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { labelColor } from '../../common/media/label-color';
import { mixColor } from '../mixer/mix-color';
import { NOT_IN_ROOM } from '../../common/sandbox-codes';
import { CDN_GIVE_UP_MS } from '../../common/sandbox-timing';
import type { SandboxTRTCCloud } from '../../client/sandbox-trtc-cloud';
import { collectFrames } from '../../testing/frame-collector';
import { SandboxHarness, type TestClient } from '../../testing/sandbox-harness';
import { CdnPushStatus } from './cdn-push';
import { CDN_TIMED_OUT, MIX_REFUSED, RELAY_REFUSED, STOP_REFUSED } from './publish-codes';

const { TRTCPublishBigStreamToCdn: BIG_TO_CDN, TRTCPublishMixStreamToCdn: MIX_TO_CDN } = TRTCPublishMode;
const ROOM = 29834;
const URL_A = 'rtmp://push.example.com/live/host_main';
const URL_B = 'rtmp://backup.example.net/live/host_main';
const NOBODY = { userId: '', intRoomId: 0, strRoomId: '' };

const ENCODER: TRTCStreamEncoderParam = {
  videoEncodedWidth: 640,
  videoEncodedHeight: 360,
  videoEncodedFPS: 15,
  videoEncodedGOP: 2,
  videoEncodedKbps: 1200,
  audioEncodedSampleRate: 48000,
  audioEncodedChannelNum: 1,
  audioEncodedKbps: 64,
  audioEncodedCodecType: 0,
  videoEncodedCodecType: 0,
  videoSeiParams: '',
};

/** Host on the left half, guest on the right (with a 40-pixel gap of background between them). */
const SIDE_BY_SIDE: TRTCStreamMixingConfig = {
  backgroundColor: 0x61b9f1,
  backgroundImage: '',
  videoLayoutList: [
    { rect: { left: 0, top: 0, right: 300, bottom: 360 }, zOrder: 1, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill, backgroundColor: 0x102030, placeHolderImage: '', fixedVideoUser: { userId: 'host', intRoomId: ROOM, strRoomId: '' }, fixedVideoStreamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig },
    { rect: { left: 340, top: 0, right: 640, bottom: 360 }, zOrder: 2, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill, backgroundColor: 0x302010, placeHolderImage: '', fixedVideoUser: { userId: 'guest', intRoomId: ROOM, strRoomId: '' }, fixedVideoStreamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig },
  ],
  audioMixUserList: [],
  watermarkList: [],
};

const relay = (...urls: string[]) => ({ mode: BIG_TO_CDN, cdnUrlList: urls.map((rtmpUrl) => ({ rtmpUrl, isInternalLine: true })), mixStreamIdentity: NOBODY });
const mix = (...urls: string[]) => ({ ...relay(...urls), mode: MIX_TO_CDN });

/** The publishing callbacks a client got, as short strings. */
const publishLog = (client: TestClient) => client.events.log('onStartPublishMediaStream', 'onUpdatePublishMediaStream', 'onStopPublishMediaStream', 'onCdnStreamStateChanged');

function inRoom() {
  const sandbox = new SandboxHarness();
  const host = sandbox.publishingAnchor('host', ROOM);
  return { sandbox, host };
}

/** Starts each task, lets the answers come and returns them; none may have started a task. */
function refusedStarts(sandbox: SandboxHarness, client: TestClient, ...starts: Parameters<SandboxTRTCCloud['startPublishMediaStream']>[]) {
  for (const args of starts) client.trtc.startPublishMediaStream(...args);
  sandbox.advance();
  expect(sandbox.cloud.listPublishTasks()).toEqual([]);
  return client.events.all('onStartPublishMediaStream');
}

/** A host whose task (sandbox-task-1) pushes by now, with what it heard so far forgotten. */
function pushing(target: ReturnType<typeof relay>, params: TRTCStreamEncoderParam | null = null) {
  const { sandbox, host } = inRoom();
  host.trtc.startPublishMediaStream(target, params, null);
  sandbox.advance(5000);
  host.events.clear();
  return { sandbox, host };
}

describe('startPublishMediaStream', () => {
  it('answers later, never inside the call: the task id, then connecting and pushing for the URL', () => {
    const { sandbox, host } = inRoom();
    host.trtc.startPublishMediaStream(relay(URL_A), null, null);
    expect(publishLog(host)).toEqual([]);
    sandbox.advance(5000);
    expect(publishLog(host)).toEqual([
      'onStartPublishMediaStream(sandbox-task-1,0,)',
      `onCdnStreamStateChanged(${URL_A},1,0,)`,
      `onCdnStreamStateChanged(${URL_A},2,0,)`,
    ]);
    expect(sandbox.cloud.listPublishTasks()).toEqual([{ taskId: 'sandbox-task-1', roomId: ROOM, userId: 'host', mode: BIG_TO_CDN, cdnUrls: [{ url: URL_A, status: CdnPushStatus.Pushing }] }]);
  });

  it('refuses outside a room, and refuses bad arguments with a reason, starting nothing', () => {
    const sandbox = new SandboxHarness();
    const outside = sandbox.client();
    outside.trtc.startPublishMediaStream(relay(URL_A), null, null);
    sandbox.advance();
    expect(outside.events.last('onStartPublishMediaStream')).toEqual(['', NOT_IN_ROOM, 'startPublishMediaStream: not in a room']);
    const host = sandbox.enter('host', ROOM);
    expect(refusedStarts(sandbox, host, [relay('http://push.example.com/live/a'), null, null], [mix(URL_A), ENCODER, null])).toEqual([
      ['', RELAY_REFUSED, expect.stringContaining('must start with rtmp://')],
      ['', MIX_REFUSED, expect.stringContaining('mixing config')],
    ]);
  });

  it('starts the same task (same mode and URLs) only once: a second start is refused with the running taskId', () => {
    const { sandbox, host } = inRoom();
    host.trtc.startPublishMediaStream(relay(URL_A, URL_B), null, null);
    host.trtc.startPublishMediaStream(relay(URL_B, URL_A), null, null);
    host.trtc.startPublishMediaStream(mix(URL_A, URL_B), ENCODER, SIDE_BY_SIDE);
    sandbox.advance(5000);
    expect(host.events.all('onStartPublishMediaStream')).toEqual([
      ['sandbox-task-1', 0, ''],
      ['sandbox-task-1', RELAY_REFUSED, expect.stringContaining('already running as sandbox-task-1')],
      ['sandbox-task-2', 0, ''],
    ]);
  });

  it('keeps a task through its owner leaving and coming back, and ends it with the room', () => {
    const { sandbox, host } = inRoom();
    const guest = sandbox.enter('guest', ROOM);
    host.trtc.startPublishMediaStream(relay(URL_A), null, null);
    sandbox.advance(5000);
    host.trtc.exitRoom();
    sandbox.advance();
    sandbox.enterWith(host, 'host', ROOM);
    host.trtc.startPublishMediaStream(relay(URL_A), null, null);
    sandbox.advance();
    expect(host.events.last('onStartPublishMediaStream')).toEqual(['sandbox-task-1', RELAY_REFUSED, expect.any(String)]);
    host.trtc.exitRoom();
    guest.trtc.exitRoom();
    sandbox.advance();
    expect(sandbox.cloud.listPublishTasks()).toEqual([]);
  });
});

describe('updatePublishMediaStream', () => {
  it('switches a relay to a mix with the same taskId and URL, without the CDN stream restarting', () => {
    const { sandbox, host } = pushing(relay(URL_A), ENCODER);
    host.trtc.updatePublishMediaStream('sandbox-task-1', mix(URL_A), null, SIDE_BY_SIDE);
    sandbox.advance(5000);
    expect(publishLog(host)).toEqual(['onUpdatePublishMediaStream(sandbox-task-1,0,)']);
    expect(sandbox.cloud.listPublishTasks()).toMatchObject([{ taskId: 'sandbox-task-1', mode: MIX_TO_CDN, cdnUrls: [{ url: URL_A, status: CdnPushStatus.Pushing }] }]);
  });

  it('starts added URLs and stops removed ones, leaving the kept one alone', () => {
    const { sandbox, host } = pushing(relay(URL_A));
    host.trtc.updatePublishMediaStream('sandbox-task-1', relay(URL_B), null, null);
    sandbox.advance(5000);
    expect(publishLog(host)).toEqual([
      'onUpdatePublishMediaStream(sandbox-task-1,0,)',
      `onCdnStreamStateChanged(${URL_A},5,0,)`,
      `onCdnStreamStateChanged(${URL_B},1,0,)`,
      `onCdnStreamStateChanged(${URL_A},0,0,)`,
      `onCdnStreamStateChanged(${URL_B},2,0,)`,
    ]);
  });

  it('refuses an unknown taskId and a bad update, changing nothing', () => {
    const { sandbox, host } = pushing(relay(URL_A));
    host.trtc.updatePublishMediaStream('no-such-task', relay(URL_A), null, null);
    host.trtc.updatePublishMediaStream('sandbox-task-1', mix(URL_A), null, SIDE_BY_SIDE);
    sandbox.advance();
    expect(host.events.all('onUpdatePublishMediaStream')).toEqual([
      ['no-such-task', RELAY_REFUSED, expect.stringContaining('no task "no-such-task"')],
      ['sandbox-task-1', MIX_REFUSED, expect.stringContaining('encoder params')],
    ]);
    expect(sandbox.cloud.listPublishTasks()).toMatchObject([{ mode: BIG_TO_CDN }]);
  });
});

describe('stopPublishMediaStream', () => {
  it('stops a task: its URLs report stopping, then idle', () => {
    const { sandbox, host } = pushing(relay(URL_A));
    host.trtc.stopPublishMediaStream('sandbox-task-1');
    sandbox.advance();
    expect(publishLog(host)).toEqual(['onStopPublishMediaStream(sandbox-task-1,0,)', `onCdnStreamStateChanged(${URL_A},5,0,)`, `onCdnStreamStateChanged(${URL_A},0,0,)`]);
    expect(sandbox.cloud.listPublishTasks()).toEqual([]);
  });

  it("stops every task of the user for '', and refuses an unknown taskId", () => {
    const { sandbox, host } = inRoom();
    host.trtc.startPublishMediaStream(relay(URL_A), null, null);
    host.trtc.startPublishMediaStream(relay(URL_B), null, null);
    sandbox.advance(5000);
    host.trtc.stopPublishMediaStream('sandbox-task-9');
    host.trtc.stopPublishMediaStream('');
    sandbox.advance();
    expect(host.events.all('onStopPublishMediaStream')).toEqual([
      ['sandbox-task-9', STOP_REFUSED, expect.stringContaining('no task')],
      ['', 0, ''],
    ]);
    expect(sandbox.cloud.listPublishTasks()).toEqual([]);
  });
});

describe('CDN faults', () => {
  it('recovers while the CDN is unreachable, fails after 60 s, and pushes again after an update once it is back', () => {
    const { sandbox, host } = pushing(relay(URL_A, URL_B));
    sandbox.cloud.cdnUnreachable('PUSH.example.com');
    sandbox.advance(CDN_GIVE_UP_MS);
    const states = host.events.all('onCdnStreamStateChanged');
    expect(states.every(([url]) => url === URL_A)).toBe(true);
    expect(states.slice(0, -1).every(([, status]) => status === CdnPushStatus.Recovering)).toBe(true);
    expect(states.at(-1)).toEqual([URL_A, CdnPushStatus.Failed, CDN_TIMED_OUT, expect.stringContaining('60 s')]);
    sandbox.cloud.cdnRecover();
    host.trtc.updatePublishMediaStream('sandbox-task-1', null, null, null);
    sandbox.advance(5000);
    expect(host.events.all('onCdnStreamStateChanged').slice(-2)).toEqual([
      [URL_A, CdnPushStatus.Connecting, 0, ''],
      [URL_A, CdnPushStatus.Pushing, 0, ''],
    ]);
  });

  it('goes back to pushing when the CDN recovers in time', () => {
    const { sandbox, host } = pushing(relay(URL_A));
    sandbox.cloud.cdnUnreachable();
    sandbox.advance(12_000);
    sandbox.cloud.cdnRecover();
    sandbox.advance(5000);
    expect(host.events.all('onCdnStreamStateChanged').map(([, status]) => status)).toEqual([3, 3, 3, 2]);
  });
});

describe('the cloud mixer', () => {
  /** The most common (U, V) of a region of a frame: the background of a synthetic picture, whatever moves on it. */
  function dominantChroma(frame: TRTCVideoFrame, x0: number, x1: number): [number, number] {
    const data = new Uint8Array(frame.data!);
    const cw = frame.width / 2;
    const u = frame.width * frame.height;
    const v = u + cw * (frame.height / 2);
    const counts = new Map<string, number>();
    for (let cy = 0; cy < frame.height / 2; cy++) {
      for (let cx = x0 / 2; cx < x1 / 2; cx++) {
        const key = `${data[u + cy * cw + cx]},${data[v + cy * cw + cx]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const [best] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return best.split(',').map(Number) as [number, number];
  }

  it("composes the members' cameras by the layout at the encoder's size and frame rate, and shows a muted user's placeholder", () => {
    const { sandbox, host } = inRoom();
    const guest = sandbox.publishingAnchor('guest', ROOM);
    const frames: TRTCVideoFrame[] = [];
    const chroma: [number, number][][] = [];
    host.trtc.setMixVideoRenderCallback('sandbox-task-1', {
      onRenderVideoFrame: (taskId, _type, frame) => {
        expect(taskId).toBe('sandbox-task-1');
        frames.push(frame);
        chroma.push([dominantChroma(frame, 0, 300), dominantChroma(frame, 300, 340), dominantChroma(frame, 340, 640)]);
      },
    });
    host.trtc.startPublishMediaStream(mix(URL_A), ENCODER, SIDE_BY_SIDE);
    sandbox.advance(1000);
    const count = frames.length;
    sandbox.advance(1000);
    expect(frames.length - count).toBe(15);
    expect(frames[0]).toMatchObject({ width: 640, height: 360, length: 640 * 360 * 1.5 });
    const [hostColor, guestColor, background] = [labelColor('host'), labelColor('guest'), mixColor(0x61b9f1)];
    expect(chroma.at(-1)).toEqual([
      [hostColor.u, hostColor.v],
      [background.u, background.v],
      [guestColor.u, guestColor.v],
    ]);
    guest.trtc.muteLocalVideo(true);
    sandbox.advance(1000);
    const guestBox = mixColor(0x302010);
    expect(chroma.at(-1)?.[2]).toEqual([guestBox.u, guestBox.v]);
  });

  it('renders nothing while nobody watches, and stops with the task', () => {
    const { sandbox, host } = inRoom();
    const frames: number[] = [];
    host.trtc.startPublishMediaStream(mix(URL_A), ENCODER, SIDE_BY_SIDE);
    sandbox.advance(1000);
    host.trtc.setMixVideoRenderCallback('sandbox-task-1', { onRenderVideoFrame: (_id, _type, frame) => frames.push(frame.timestamp) });
    sandbox.advance(1000);
    expect(frames.length).toBeGreaterThanOrEqual(14);
    host.trtc.stopPublishMediaStream('sandbox-task-1');
    sandbox.advance(1000);
    const stopped = frames.length;
    sandbox.advance(1000);
    expect(frames.length).toBe(stopped);
  });
});

describe('mixing back into the room', () => {
  const toRoom = (userId: string) => ({ mode: TRTCPublishMode.TRTCPublishMixStreamToRoom, cdnUrlList: [], mixStreamIdentity: { userId, intRoomId: ROOM, strRoomId: '' } });

  it('publishes the mix as the robot user: others see it enter, publish and leave, and can view its frames', () => {
    const { sandbox, host } = inRoom();
    sandbox.publishingAnchor('guest', ROOM);
    const fan = sandbox.enter('fan', ROOM, { role: TRTCRoleType.TRTCRoleAudience });
    host.trtc.startPublishMediaStream(toRoom('mix_robot'), ENCODER, SIDE_BY_SIDE);
    sandbox.advance();
    expect(host.events.last('onStartPublishMediaStream')).toEqual(['sandbox-task-1', 0, '']);
    expect(fan.events.log('onRemoteUserEnterRoom', 'onUserVideoAvailable', 'onUserAudioAvailable').filter((line) => line.includes('mix_robot'))).toEqual([
      'onRemoteUserEnterRoom(mix_robot)',
      'onUserVideoAvailable(mix_robot,1)',
      'onUserAudioAvailable(mix_robot,1)',
    ]);
    const frames = collectFrames(fan.trtc, 'mix_robot');
    fan.trtc.startRemoteView('mix_robot', null, TRTCVideoStreamType.TRTCVideoStreamTypeBig);
    sandbox.advance(1000);
    expect(frames.length).toBeGreaterThanOrEqual(14);
    expect(frames[0]).toMatchObject({ userId: 'mix_robot', width: 640, height: 360 });
    expect(sandbox.cloud.getRoom(ROOM)?.members.map((m) => m.userId)).toEqual(['host', 'guest', 'fan', 'mix_robot']);
    host.trtc.stopPublishMediaStream('sandbox-task-1');
    sandbox.advance();
    expect(fan.events.last('onRemoteUserLeaveRoom')).toEqual(['mix_robot', 0]);
  });

  it('refuses a robot userId that someone in the room already has, or a room where nobody is', () => {
    const { sandbox, host } = inRoom();
    const elsewhere = { ...toRoom('mix_robot'), mixStreamIdentity: { userId: 'mix_robot', intRoomId: 4242, strRoomId: '' } };
    expect(refusedStarts(sandbox, host, [toRoom('host'), ENCODER, SIDE_BY_SIDE], [elsewhere, ENCODER, SIDE_BY_SIDE])).toEqual([
      ['', MIX_REFUSED, expect.stringContaining('host is already a user of room 29834')],
      ['', MIX_REFUSED, expect.stringContaining('room 4242, where nobody is')],
    ]);
  });

  it('ends the room, the task and its robot when the last person leaves', () => {
    const { sandbox, host } = inRoom();
    host.trtc.startPublishMediaStream(toRoom('mix_robot'), ENCODER, SIDE_BY_SIDE);
    sandbox.advance();
    host.trtc.exitRoom();
    sandbox.advance();
    expect(sandbox.cloud.listRooms()).toEqual([]);
    expect(sandbox.cloud.listPublishTasks()).toEqual([]);
  });
});
