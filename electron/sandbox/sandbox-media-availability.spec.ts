import { TRTCRenderParams, TRTCRoleType, TRTCVideoFillMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

/** An anchor with nothing started and a viewer watching it. */
function anchorAndViewer() {
  const sandbox = new SandboxHarness();
  const anchor = sandbox.enter('anchor', 1);
  const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
  viewer.events.clear();
  return { sandbox, anchor, viewer };
}

describe('media availability', () => {
  it('tracks every camera transition: preview on, mute, unmute, preview off', () => {
    const { sandbox, anchor, viewer } = anchorAndViewer();
    anchor.trtc.startLocalPreview(null);
    sandbox.advance();
    anchor.trtc.muteLocalVideo(true);
    sandbox.advance();
    anchor.trtc.muteLocalVideo(false);
    sandbox.advance();
    anchor.trtc.stopLocalPreview();
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserVideoAvailable(anchor,1)', 'onUserVideoAvailable(anchor,0)', 'onUserVideoAvailable(anchor,1)', 'onUserVideoAvailable(anchor,0)']);
  });

  it('tracks every microphone transition: start, mute, unmute, stop', () => {
    const { sandbox, anchor, viewer } = anchorAndViewer();
    anchor.trtc.startLocalAudio();
    anchor.trtc.muteLocalAudio(true);
    anchor.trtc.muteLocalAudio(false);
    anchor.trtc.stopLocalAudio();
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserAudioAvailable(anchor,1)', 'onUserAudioAvailable(anchor,0)', 'onUserAudioAvailable(anchor,1)', 'onUserAudioAvailable(anchor,0)']);
  });

  it('reports nothing for a mute that changes nothing others see', () => {
    const { sandbox, anchor, viewer } = anchorAndViewer();
    anchor.trtc.muteLocalVideo(true);
    anchor.trtc.startLocalPreview(null);
    anchor.trtc.muteLocalVideo(true, TRTCVideoStreamType.TRTCVideoStreamTypeSub);
    sandbox.advance();
    expect(viewer.events.log()).toEqual([]);
    anchor.trtc.muteLocalVideo(false);
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserVideoAvailable(anchor,1)']);
  });

  it('muteLocalVideo stops the frames others get while the local preview keeps running', () => {
    const { sandbox, anchor, viewer } = anchorAndViewer();
    anchor.trtc.startLocalPreview(null);
    const local = collectFrames(anchor.trtc);
    const remote = collectFrames(viewer.trtc, 'anchor');
    viewer.trtc.startRemoteView('anchor', null);
    sandbox.advance();
    expect(remote.length).toBeGreaterThan(10);
    anchor.trtc.muteLocalVideo(true);
    const [localBefore, remoteBefore] = [local.length, remote.length];
    sandbox.advance();
    expect(remote.length).toBe(remoteBefore);
    expect(local.length - localBefore).toBeGreaterThanOrEqual(14);
  });

  it('publishes a camera started before entering as soon as the anchor is in', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    sandbox.enter('host', 1);
    const anchor = sandbox.client();
    anchor.trtc.startLocalPreview(null);
    anchor.trtc.startLocalAudio();
    viewer.events.clear();
    sandbox.enterWith(anchor, 'anchor', 1);
    expect(viewer.events.log()).toEqual(['onRemoteUserEnterRoom(anchor)', 'onUserVideoAvailable(anchor,1)', 'onUserAudioAvailable(anchor,1)']);
    expect(anchor.events.log('onSendFirstLocalVideoFrame')).toEqual(['onSendFirstLocalVideoFrame(0)']);
  });

  it('accepts view settings (fill modes, render params, mirror) without callbacks or effect on the frames', () => {
    const { sandbox, anchor, viewer } = anchorAndViewer();
    anchor.trtc.startLocalPreview(null);
    const local = collectFrames(anchor.trtc);
    anchor.trtc.setLocalViewFillMode(TRTCVideoFillMode.TRTCVideoFillMode_Fit);
    anchor.trtc.setLocalRenderParams(new TRTCRenderParams());
    anchor.trtc.setVideoEncoderMirror(true);
    viewer.trtc.setRemoteViewFillMode('anchor', TRTCVideoFillMode.TRTCVideoFillMode_Fill);
    anchor.events.clear();
    sandbox.advance();
    expect(anchor.events.log()).toEqual(['onSendFirstLocalVideoFrame(0)', 'onFirstVideoFrame(,0,640,360)']);
    expect(local[0]).toMatchObject({ width: 640, height: 360 });
  });
});
