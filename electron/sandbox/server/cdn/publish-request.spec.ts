import fc from 'fast-check';
import { TRTCPublishMode, TRTCVideoFillMode, TRTCVideoStreamType, type TRTCStreamEncoderParam, type TRTCStreamMixingConfig } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxFailure } from '../../common/sandbox-failure';
import { MIX_REFUSED, RELAY_REFUSED } from './publish-codes';
import { checkPublishRequest, checkPublishUpdate, taskIdentity, type PublishRequest } from './publish-request';

const { TRTCPublishBigStreamToCdn: BIG_TO_CDN, TRTCPublishMixStreamToCdn: MIX_TO_CDN, TRTCPublishMixStreamToRoom: MIX_TO_ROOM } = TRTCPublishMode;

const ENCODER: TRTCStreamEncoderParam = {
  videoEncodedWidth: 1280,
  videoEncodedHeight: 720,
  videoEncodedFPS: 30,
  videoEncodedGOP: 2,
  videoEncodedKbps: 2000,
  audioEncodedSampleRate: 48000,
  audioEncodedChannelNum: 2,
  audioEncodedKbps: 128,
  audioEncodedCodecType: 0,
  videoEncodedCodecType: 0,
  videoSeiParams: '',
};

const user = (userId: string) => ({ userId, intRoomId: 29834, strRoomId: '' });

const layout = (userId: string, rect: [number, number, number, number], zOrder: number) => ({
  rect: { left: rect[0], top: rect[1], right: rect[2], bottom: rect[3] },
  zOrder,
  fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill,
  backgroundColor: 0,
  placeHolderImage: '',
  fixedVideoUser: user(userId),
  fixedVideoStreamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig,
});

const MIXING: TRTCStreamMixingConfig = {
  backgroundColor: 0x61b9f1,
  backgroundImage: '',
  videoLayoutList: [layout('host', [0, 0, 640, 720], 1), layout('guest', [640, 0, 1280, 720], 2)],
  audioMixUserList: [user('host'), user('guest')],
  watermarkList: [],
};

const cdn = (...urls: string[]) => urls.map((rtmpUrl) => ({ rtmpUrl, isInternalLine: true }));
const relayTarget = (...urls: string[]) => ({ mode: BIG_TO_CDN, cdnUrlList: cdn(...urls), mixStreamIdentity: user('') });
const mixTarget = (...urls: string[]) => ({ mode: MIX_TO_CDN, cdnUrlList: cdn(...urls), mixStreamIdentity: user('') });

function refusal(result: PublishRequest | SandboxFailure): { code: number; message: string } | undefined {
  return result instanceof SandboxFailure ? { code: result.code, message: result.message } : undefined;
}

describe('checkPublishRequest', () => {
  it('accepts a relay to one CDN without encoder params, and a mix to CDN with both, as copies', () => {
    const relay = checkPublishRequest(relayTarget('rtmp://push.example.com/live/a'), null, null);
    expect(relay).toEqual({ mode: BIG_TO_CDN, cdnUrls: cdn('rtmp://push.example.com/live/a'), mixStreamIdentity: null, encoder: null, mixing: null });
    const config = structuredClone(MIXING);
    const mix = checkPublishRequest(mixTarget('rtmp://push.example.com/live/b'), ENCODER, config) as PublishRequest;
    config.videoLayoutList[0].zOrder = 9;
    expect(mix.mixing?.videoLayoutList[0].zOrder).toBe(1);
    expect(mix.encoder).toEqual(ENCODER);
  });

  it('accepts 10 CDN URLs and refuses 11, naming the limit', () => {
    const urls = Array.from({ length: 11 }, (_, i) => `rtmp://cdn${i}.example.com/live/s`);
    expect(refusal(checkPublishRequest(relayTarget(...urls.slice(0, 10)), null, null))).toBeUndefined();
    expect(refusal(checkPublishRequest(relayTarget(...urls), null, null))).toEqual({ code: RELAY_REFUSED, message: expect.stringContaining('at most 10') });
  });

  it.each([
    ['http://push.example.com/live/a', 'must start with rtmp://'],
    ['rtmp:///live/a', 'has no host'],
    ['push.example.com/live/a', 'is not a URL'],
    ['', 'non-empty'],
  ])('refuses the CDN URL %j: %s', (url, why) => {
    expect(refusal(checkPublishRequest(relayTarget(url), null, null))?.message).toContain(why);
  });

  it('refuses no URL and the same URL twice', () => {
    expect(refusal(checkPublishRequest(relayTarget(), null, null))?.message).toContain('at least one');
    expect(refusal(checkPublishRequest(relayTarget('rtmp://a.example/x', 'rtmp://a.example/x'), null, null))?.message).toContain('twice');
  });

  it('refuses a mix without encoder params or config, with the mixer code', () => {
    expect(refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), null, MIXING))).toEqual({ code: MIX_REFUSED, message: expect.stringContaining('encoder params') });
    expect(refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), ENCODER, null))?.message).toContain('mixing config');
  });

  it('needs a robot identity, and no URL, to mix back into a room', () => {
    const target = { mode: MIX_TO_ROOM, cdnUrlList: [], mixStreamIdentity: user('mix robot') };
    expect(refusal(checkPublishRequest(target, ENCODER, MIXING))?.message).toContain('mixStreamIdentity.userId');
    const robot = { ...target, mixStreamIdentity: user('mix_robot') };
    expect(checkPublishRequest(robot, ENCODER, MIXING)).toMatchObject({ mode: MIX_TO_ROOM, cdnUrls: [], mixStreamIdentity: user('mix_robot') });
  });

  it.each([
    [{ videoEncodedFPS: 0 }, 'videoEncodedFPS'],
    [{ videoEncodedFPS: 31 }, 'videoEncodedFPS'],
    [{ videoEncodedGOP: 6 }, 'videoEncodedGOP'],
    [{ videoEncodedWidth: 0 }, 'both be 0'],
    [{ videoEncodedWidth: 3840, videoEncodedHeight: 2160 }, 'largest resolution'],
    [{ videoEncodedKbps: -1 }, 'videoEncodedKbps'],
    [{ audioEncodedKbps: 320 }, 'audioEncodedKbps'],
    [{ audioEncodedSampleRate: 22050 }, 'audioEncodedSampleRate'],
    [{ audioEncodedChannelNum: 3 }, 'audioEncodedChannelNum'],
    [{ audioEncodedCodecType: 2, audioEncodedChannelNum: 1 }, 'HE-AACv2'],
    [{ audioEncodedCodecType: 1, audioEncodedSampleRate: 8000 }, 'HE-AAC cannot'],
    [{ videoEncodedWidth: 0, videoEncodedHeight: 0, audioEncodedSampleRate: 0 }, 'neither video'],
    [{ videoSeiParams: 'not json' }, 'JSON string'],
    [{ videoSeiParams: '{"payloadType":5}' }, 'payloadContent'],
    [{ videoSeiParams: '{"payloadContent":"x","payloadType":244}' }, 'except 244'],
    [{ videoSeiParams: '{"payloadContent":"x","payloadType":5,"payloadUuid":"12"}' }, 'payloadUuid'],
    [{ videoSeiParams: '{"payloadContent":"x","payloadType":100,"interval":0}' }, 'interval'],
  ])('refuses encoder params %j (%s)', (change, why) => {
    expect(refusal(checkPublishRequest(relayTarget('rtmp://a.example/x'), { ...ENCODER, ...change }, null))?.message).toContain(why);
  });

  it('accepts SEI as the SDK documents it, in either spelling of the content', () => {
    for (const sei of ['', '{"payloadContent":"score 2:1","payloadType":242,"interval":500,"followIdr":true}', '{"payLoadContent":"x","payloadType":5,"payloadUuid":"1234567890abcdef1234567890abcdef"}']) {
      expect(refusal(checkPublishRequest(relayTarget('rtmp://a.example/x'), { ...ENCODER, videoSeiParams: sei }, null))).toBeUndefined();
    }
  });

  it('refuses any layout rectangle that leaves the canvas or has no area, and accepts any inside it', () => {
    const side = fc.integer({ min: -50, max: 1400 });
    fc.assert(
      fc.property(side, side, side, side, (left, top, right, bottom) => {
        const config = { ...MIXING, videoLayoutList: [layout('host', [left, top, right, bottom], 1)] };
        const inside = left >= 0 && top >= 0 && right <= 1280 && bottom <= 720 && right > left && bottom > top;
        expect(refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), ENCODER, config)) === undefined).toBe(inside);
      }),
    );
  });

  it('refuses a repeated zOrder, a zOrder over 15, the same user twice, a small stream and more than 16 layouts', () => {
    const check = (videoLayoutList: unknown[]) => refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), ENCODER, { ...MIXING, videoLayoutList }))?.message;
    expect(check([layout('a', [0, 0, 10, 10], 3), layout('b', [10, 0, 20, 10], 3)])).toContain('zOrder 3 twice');
    expect(check([layout('a', [0, 0, 10, 10], 16)])).toContain('zOrder must be an integer 0-15');
    expect(check([layout('a', [0, 0, 10, 10], 1), layout('a', [10, 0, 20, 10], 2)])).toContain("places a's stream a second time");
    expect(check([{ ...layout('a', [0, 0, 10, 10], 1), fixedVideoStreamType: TRTCVideoStreamType.TRTCVideoStreamTypeSmall }])).toContain('fixedVideoStreamType');
    expect(check(Array.from({ length: 17 }, (_, i) => layout(`u${i}`, [0, 0, 10, 10], i % 16)))).toContain('at most 16');
    expect(check([layout('', [0, 0, 10, 10], 1), layout('', [10, 0, 20, 10], 2)])).toBeUndefined();
  });

  it('refuses layouts on an audio-only mix and a bad userId in the audio list', () => {
    const audioOnly = { ...ENCODER, videoEncodedWidth: 0, videoEncodedHeight: 0 };
    expect(refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), audioOnly, MIXING))?.message).toContain('audio only');
    const badAudio = { ...MIXING, audioMixUserList: [user('not valid!')] };
    expect(refusal(checkPublishRequest(mixTarget('rtmp://a.example/x'), ENCODER, badAudio))?.message).toContain('audioMixUserList[0].userId');
  });
});

describe('checkPublishUpdate', () => {
  const relay = checkPublishRequest(relayTarget('rtmp://a.example/x'), ENCODER, null) as PublishRequest;

  it('keeps what a null argument leaves out, and switches relay to mix with the same URLs', () => {
    expect(checkPublishUpdate(relay, null, null, null)).toEqual(relay);
    const mixed = checkPublishUpdate(relay, mixTarget('rtmp://a.example/x'), null, MIXING) as PublishRequest;
    expect(mixed).toMatchObject({ mode: MIX_TO_CDN, cdnUrls: relay.cdnUrls, encoder: ENCODER });
  });

  it('refuses a switch between audio only and audio with video', () => {
    const audioOnly = { ...ENCODER, videoEncodedWidth: 0, videoEncodedHeight: 0 };
    expect(refusal(checkPublishUpdate(relay, null, audioOnly, null))?.message).toContain('cannot switch');
  });
});

describe('taskIdentity', () => {
  it('is the mode and the set of URLs, whatever their order', () => {
    const ab = checkPublishRequest(relayTarget('rtmp://a.example/x', 'rtmp://b.example/y'), null, null) as PublishRequest;
    const ba = checkPublishRequest(relayTarget('rtmp://b.example/y', 'rtmp://a.example/x'), null, null) as PublishRequest;
    const mixed = checkPublishRequest(mixTarget('rtmp://a.example/x', 'rtmp://b.example/y'), ENCODER, MIXING) as PublishRequest;
    expect(taskIdentity(ab)).toBe(taskIdentity(ba));
    expect(taskIdentity(ab)).not.toBe(taskIdentity(mixed));
  });
});
