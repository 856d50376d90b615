import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import {
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoBufferType,
  TRTCVideoEncParam,
  TRTCVideoPixelFormat,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoStreamType,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { SyntheticVideoSource } from './common/media';
import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

const { TRTCVideoStreamTypeBig: BIG, TRTCVideoStreamTypeSmall: SMALL } = TRTCVideoStreamType;
const AUDIENCE = TRTCRoleType.TRTCRoleAudience;
const I420 = TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420;
const BUFFER = TRTCVideoBufferType.TRTCVideoBufferType_Buffer;

/** Frames in one second at 15 fps: ticks due every 66.7 ms give 14 or 15 depending on phase. */
const FRAMES_PER_SECOND_AT_15 = [14, 15];

afterEach(() => jest.restoreAllMocks());

describe('local frames', () => {
  it('keeps the exact frame rate over time: 30 fps gives 300 frames in 10 s, not one period late each time', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const frames = collectFrames(client.trtc);
    const params = new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_640_360, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 30, 800, 0, false);
    client.trtc.setVideoEncoderParam(params);
    client.trtc.startLocalPreview(null);
    sandbox.advance(10_000);
    expect(frames.length).toBeGreaterThanOrEqual(299);
    expect(frames.length).toBeLessThanOrEqual(301);
  });

  it('renders the preview at the default 640x360, 15 fps, before any room, with onFirstVideoFrame("")', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const frames = collectFrames(client.trtc);
    client.trtc.startLocalPreview(null);
    sandbox.advance(1000);
    expect(FRAMES_PER_SECOND_AT_15).toContain(frames.length);
    expect(frames[0]).toMatchObject({ userId: '', streamType: BIG, width: 640, height: 360, length: (640 * 360 * 3) / 2 });
    expect([66, 67]).toContain(frames[1].timestamp - frames[0].timestamp);
    expect(client.events.log()).toEqual(['onFirstVideoFrame(,0,640,360)']);
    expect(client.events.count('onSendFirstLocalVideoFrame')).toBe(0);
  });

  it('follows setVideoEncoderParam: size, orientation and frame rate', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const frames = collectFrames(client.trtc);
    client.trtc.setVideoEncoderParam(new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_960_540, TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait, 25, 900));
    client.trtc.startLocalPreview(null);
    sandbox.advance(1000);
    expect(frames.length).toBe(25);
    expect(frames[1].timestamp - frames[0].timestamp).toBe(40);
    expect(frames[0]).toMatchObject({ width: 540, height: 960 });
  });

  it('refuses an unknown resolution with ERR_UNSUPPORTED_RESOLUTION and keeps the encoder', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const frames = collectFrames(client.trtc);
    client.trtc.setVideoEncoderParam({ ...new TRTCVideoEncParam(), videoResolution: 999 as TRTCVideoResolution });
    client.trtc.startLocalPreview(null);
    sandbox.advance();
    expect(client.events.last('onError')?.[0]).toBe(TXLiteAVError.ERR_UNSUPPORTED_RESOLUTION);
    expect(frames[0]).toMatchObject({ width: 640, height: 360 });
  });

  it('stops with the preview and renders nothing when nobody consumes', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const render = jest.spyOn(SyntheticVideoSource.prototype, 'render');
    client.trtc.startLocalPreview(null);
    sandbox.advance(1000);
    // Only the frame that produces onFirstVideoFrame is rendered: no callback wants more.
    expect(render).toHaveBeenCalledTimes(1);
    const frames = collectFrames(client.trtc);
    client.trtc.stopLocalPreview();
    sandbox.advance(1000);
    expect(frames).toEqual([]);
  });

  it('accepts only I420 buffers, as the Electron SDK', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const callback = { onRenderVideoFrame: () => undefined };
    expect(client.trtc.setLocalVideoRenderCallback(TRTCVideoPixelFormat.TRTCVideoPixelFormat_BGRA32, BUFFER, callback)).toBe(TXLiteAVError.ERR_PIXEL_FORMAT_UNSUPPORTED);
    expect(client.trtc.setRemoteVideoRenderCallback('x', I420, TRTCVideoBufferType.TRTCVideoBufferType_Texture, callback)).toBe(TXLiteAVError.ERR_BUFFER_TYPE_UNSUPPORTED);
    expect(client.trtc.setLocalVideoRenderCallback(TRTCVideoPixelFormat.TRTCVideoPixelFormat_Unknown, TRTCVideoBufferType.TRTCVideoBufferType_Unknown, null)).toBe(0);
  });
});

describe('remote frames', () => {
  function anchorWithViewers(count: number) {
    const sandbox = new SandboxHarness();
    const anchor = sandbox.publishingAnchor('anchor', 1);
    const viewers = Array.from({ length: count }, (_, i) => sandbox.enter(`viewer_${i}`, 1, { role: AUDIENCE }));
    return { sandbox, anchor, viewers };
  }

  it('flows only with both a view and a callback, with onFirstVideoFrame(userId) per view', () => {
    const { sandbox, viewers } = anchorWithViewers(1);
    const [viewer] = viewers;
    const frames = collectFrames(viewer.trtc, 'anchor');
    sandbox.advance();
    expect(frames).toEqual([]);
    viewer.trtc.startRemoteView('anchor', null);
    sandbox.advance(1000);
    expect(FRAMES_PER_SECOND_AT_15).toContain(frames.length);
    expect(frames[0]).toMatchObject({ userId: 'anchor', streamType: BIG, width: 640, height: 360 });
    expect(viewer.events.log('onFirstVideoFrame')).toEqual(['onFirstVideoFrame(anchor,0,640,360)']);
    viewer.trtc.stopRemoteView('anchor');
    const count = frames.length;
    sandbox.advance();
    expect(frames.length).toBe(count);
  });

  it('renders one frame per tick for all consumers and hands them the same reused frame', () => {
    const { sandbox, viewers } = anchorWithViewers(3);
    const collected = viewers.map((viewer) => {
      viewer.trtc.startRemoteView('anchor', null);
      return collectFrames(viewer.trtc, 'anchor');
    });
    sandbox.advance(67);
    const render = jest.spyOn(SyntheticVideoSource.prototype, 'render');
    sandbox.advance(1000);
    expect(render).toHaveBeenCalledTimes(15);
    expect(collected.map((frames) => frames.length)).toEqual([16, 16, 16]);
    expect(collected[1][5].frame).toBe(collected[0][5].frame);
    expect(collected[2][5].timestamp).toBe(collected[0][5].timestamp);
  });

  it('sends the small stream to views that ask for it when the publisher encodes one', () => {
    const { sandbox, anchor, viewers } = anchorWithViewers(2);
    const [bigViewer, smallViewer] = viewers;
    anchor.trtc.enableSmallVideoStream(true, new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_320_180, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 10, 150));
    const big = collectFrames(bigViewer.trtc, 'anchor');
    const small = collectFrames(smallViewer.trtc, 'anchor');
    bigViewer.trtc.startRemoteView('anchor', null, BIG);
    smallViewer.trtc.startRemoteView('anchor', null, SMALL);
    sandbox.advance(1000);
    expect(FRAMES_PER_SECOND_AT_15).toContain(big.length);
    expect(small.length).toBe(10);
    expect(small[0]).toMatchObject({ streamType: SMALL, width: 320, height: 180 });
    expect(smallViewer.events.log('onFirstVideoFrame')).toEqual(['onFirstVideoFrame(anchor,1,320,180)']);
  });

  it('falls back to the big stream for a small view when the publisher has no small stream', () => {
    const { sandbox, viewers } = anchorWithViewers(1);
    const frames = collectFrames(viewers[0].trtc, 'anchor');
    viewers[0].trtc.startRemoteView('anchor', null, SMALL);
    sandbox.advance(1000);
    expect(frames[0]).toMatchObject({ streamType: SMALL, width: 640, height: 360 });
  });

  it('draws beauty changes into the frames others receive', () => {
    const { sandbox, anchor, viewers } = anchorWithViewers(1);
    const frames = collectFrames(viewers[0].trtc, 'anchor');
    viewers[0].trtc.startRemoteView('anchor', null);
    const snapshot = () => new Uint8Array(frames.at(-1)!.frame.data as ArrayBuffer).slice();
    sandbox.advance(100);
    const plain = snapshot();
    anchor.trtc.setBeautyStyle(TRTCBeautyStyle.TRTCBeautyStyleSmooth, 9, 9, 9);
    sandbox.advance(100);
    const beautified = snapshot();
    let differing = 0;
    for (let i = 0; i < plain.length; i++) if (plain[i] !== beautified[i]) differing++;
    // More than the moving bar and the clock digits change: the skin area was repainted.
    expect(differing).toBeGreaterThan(plain.length / 100);
  });

  it('restarts onFirstVideoFrame after the video comes back', () => {
    const { sandbox, anchor, viewers } = anchorWithViewers(1);
    const [viewer] = viewers;
    collectFrames(viewer.trtc, 'anchor');
    viewer.trtc.startRemoteView('anchor', null);
    sandbox.advance();
    anchor.trtc.muteLocalVideo(true);
    sandbox.advance();
    anchor.trtc.muteLocalVideo(false);
    sandbox.advance();
    expect(viewer.events.log('onFirstVideoFrame')).toEqual(['onFirstVideoFrame(anchor,0,640,360)', 'onFirstVideoFrame(anchor,0,640,360)']);
  });

  it('reports onSendFirstLocalVideoFrame(0) once an anchor publishes, not for an audience preview', () => {
    const sandbox = new SandboxHarness();
    const anchor = sandbox.publishingAnchor('anchor', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.trtc.startLocalPreview(null);
    sandbox.advance(3000);
    expect(anchor.events.all('onSendFirstLocalVideoFrame')).toEqual([[BIG]]);
    expect(viewer.events.count('onSendFirstLocalVideoFrame')).toBe(0);
  });
});
