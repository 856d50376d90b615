import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCRoleType, TRTCScreenCaptureSourceType, TRTCVideoEncParam, TRTCVideoResolution, TRTCVideoResolutionMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from '../../testing/frame-collector';
import { SandboxHarness, type TestClient } from '../../testing/sandbox-harness';
import { VIRTUAL_SOURCES } from './virtual-sources';

const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;
const ANOTHER_USER_SHARES = TXLiteAVError.ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO;
const RECT = { left: 0, top: 0, right: 0, bottom: 0 };
const PROPERTY = { enableCaptureMouse: true, enableHighLight: true, enableHighPerformance: true, highLightColor: 0, highLightWidth: 0, enableCaptureChildWindow: false };

/** Chooses a source by id, as an app does with an entry of getScreenCaptureSources, and starts sharing it. */
function share(client: TestClient, sourceId: string): void {
  const source = client.trtc.getScreenCaptureSources(160, 90, 32, 32).find((s) => s.sourceId === sourceId)!;
  client.trtc.selectScreenCaptureTarget(source, RECT, PROPERTY);
  client.trtc.startScreenCapture(null, SUB);
}

describe('screen capture sources', () => {
  it('lists screens first, then windows, each with a BGRA thumbnail fitted to the asked size and an icon', () => {
    const sandbox = new SandboxHarness();
    const sources = sandbox.client().trtc.getScreenCaptureSources(160, 90, 32, 32);
    expect(sources.map((s) => s.sourceId)).toEqual(VIRTUAL_SOURCES.map((s) => s.sourceId));
    expect(sources.slice(0, 2).every((s) => s.type === TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeScreen)).toBe(true);
    expect(sources.filter((s) => s.isMainScreen).map((s) => s.sourceId)).toEqual(['screen-1']);
    const console = sources.find((s) => s.sourceId === 'window-console')!;
    expect(console.thumbBGRA).toMatchObject({ width: 120, height: 90, length: 120 * 90 * 4 });
    expect(sources[0].thumbBGRA).toMatchObject({ width: 160, height: 90, length: 160 * 90 * 4 });
    expect(sources[0].iconBGRA).toMatchObject({ width: 32, height: 18 });
  });

  it('draws real pictures: a slide deck thumbnail differs from a game thumbnail, and neither is one flat colour', () => {
    const sandbox = new SandboxHarness();
    const sources = sandbox.client().trtc.getScreenCaptureSources(160, 90, 32, 32);
    const bytes = (id: string) => new Uint8Array(sources.find((s) => s.sourceId === id)!.thumbBGRA.buffer);
    const slides = bytes('window-slides');
    const game = bytes('window-game');
    expect(new Set(slides).size).toBeGreaterThan(10);
    expect(new Set(game).size).toBeGreaterThan(10);
    expect(Buffer.compare(Buffer.from(slides), Buffer.from(game))).not.toBe(0);
    // BGRA: every fourth byte is an opaque alpha.
    expect(slides.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
  });
});

describe('sharing a screen', () => {
  it('refuses to start with a resolution outside TRTCVideoResolution as a capture that did not start (-1308)', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const source = host.trtc.getScreenCaptureSources(0, 0, 0, 0)[0];
    host.trtc.selectScreenCaptureTarget(source, RECT, PROPERTY);
    host.trtc.startScreenCapture(null, SUB, { videoResolution: 9999 });
    sandbox.advance();
    expect(host.events.all('onError')).toEqual([[TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, expect.stringContaining('9999 is not a TRTCVideoResolution')]]);
    expect(host.events.count('onScreenCaptureStarted')).toBe(0);
  });

  it('refuses to start without a chosen target (ERR_SCREEN_CAPTURE_START_FAIL), and an unknown target', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    host.trtc.startScreenCapture(null, SUB);
    host.trtc.selectScreenCaptureTarget({ sourceId: 'nowhere' } as never, RECT, PROPERTY);
    sandbox.advance();
    expect(host.events.all('onError').map(([code]) => code)).toEqual([TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL]);
    expect(host.events.count('onScreenCaptureStarted')).toBe(0);
  });

  it('refuses a capture rect that leaves nothing of the source (ERR_SCREEN_CAPTURE_START_FAIL) and keeps the target it had', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const [screen] = host.trtc.getScreenCaptureSources(160, 90, 32, 32);
    host.trtc.selectScreenCaptureTarget(screen, RECT, PROPERTY);
    host.trtc.selectScreenCaptureTarget(screen, { left: 3000, top: 0, right: 3100, bottom: 10 }, PROPERTY);
    host.trtc.startScreenCapture(null, SUB);
    sandbox.advance(200);
    expect(host.events.all('onError').map(([code]) => code)).toEqual([TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL]);
    expect(host.events.count('onScreenCaptureStarted')).toBe(1);
  });

  it('starts on the sub stream at 1280x720, 15 fps by default: local frames as Sub, and the room sees it available', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1);
    const host = sandbox.enter('host', 1);
    const local = collectFrames(host.trtc);
    share(host, 'window-slides');
    sandbox.advance(1000);
    expect(host.events.log('onScreenCaptureStarted', 'onFirstVideoFrame')).toEqual(['onScreenCaptureStarted()', 'onFirstVideoFrame(,2,1280,720)']);
    expect(local.length).toBeGreaterThanOrEqual(14);
    expect(local[0]).toMatchObject({ userId: '', streamType: SUB, width: 1280, height: 720 });
    expect(viewer.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(host,1)']);
  });

  it('sends the share to a remote sub-stream view, tagged Sub, with onFirstVideoFrame(userId, Sub)', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1);
    const host = sandbox.enter('host', 1);
    share(host, 'window-game');
    sandbox.advance();
    const remote = collectFrames(viewer.trtc, 'host');
    viewer.trtc.startRemoteView('host', null, SUB);
    sandbox.advance(1000);
    expect(remote.length).toBeGreaterThanOrEqual(14);
    expect(remote.every((f) => f.streamType === SUB && f.userId === 'host' && f.width === 1280)).toBe(true);
    expect(viewer.events.log('onFirstVideoFrame')).toEqual(['onFirstVideoFrame(host,2,1280,720)']);
    viewer.trtc.stopRemoteView('host', SUB);
    const before = remote.length;
    sandbox.advance(1000);
    expect(remote.length).toBe(before);
  });

  it('lets one user per room share: a second sharer gets onError(-102016) and no onScreenCaptureStarted', () => {
    const sandbox = new SandboxHarness();
    const first = sandbox.enter('first', 1);
    const second = sandbox.enter('second', 1);
    share(first, 'screen-1');
    sandbox.advance();
    share(second, 'screen-2');
    sandbox.advance();
    expect(second.events.all('onError')).toEqual([[ANOTHER_USER_SHARES, expect.stringContaining('first is already sharing')]]);
    expect(second.events.count('onScreenCaptureStarted')).toBe(0);
    expect(first.events.log('onUserSubStreamAvailable')).toEqual([]);
  });

  it('frees the seat when the sharer stops (onScreenCaptureStopped(0), others see 0), so another may share', () => {
    const sandbox = new SandboxHarness();
    const first = sandbox.enter('first', 1);
    const second = sandbox.enter('second', 1);
    share(first, 'screen-1');
    sandbox.advance();
    first.trtc.stopScreenCapture();
    sandbox.advance();
    expect(first.events.log('onScreenCaptureStopped')).toEqual(['onScreenCaptureStopped(0)']);
    expect(second.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(first,1)', 'onUserSubStreamAvailable(first,0)']);
    share(second, 'screen-2');
    sandbox.advance();
    expect(second.events.count('onScreenCaptureStarted')).toBe(1);
    expect(first.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(second,1)']);
  });

  it('frees the seat when the sharer leaves: others hear the share end before the user leaves', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1);
    const host = sandbox.enter('host', 1);
    share(host, 'screen-1');
    sandbox.advance();
    host.trtc.exitRoom();
    sandbox.advance();
    expect(host.events.log('onScreenCaptureStopped', 'onExitRoom')).toEqual(['onScreenCaptureStopped(0)', 'onExitRoom(0)']);
    expect(viewer.events.log('onUserSubStreamAvailable', 'onRemoteUserLeaveRoom')).toEqual([
      'onUserSubStreamAvailable(host,1)',
      'onUserSubStreamAvailable(host,0)',
      'onRemoteUserLeaveRoom(host,0)',
    ]);
    share(viewer, 'screen-2');
    sandbox.advance();
    expect(viewer.events.count('onScreenCaptureStarted')).toBe(1);
  });

  it('tells a newcomer about a share in progress, and rooms are independent', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    share(host, 'screen-1');
    sandbox.advance();
    const late = sandbox.enter('late', 1);
    const elsewhere = sandbox.enter('elsewhere', 2);
    share(elsewhere, 'screen-2');
    sandbox.advance();
    expect(late.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(host,1)']);
    expect(elsewhere.events.count('onScreenCaptureStarted')).toBe(1);
  });

  it('pauses (no frames, still available) and resumes with reason 0', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1);
    const host = sandbox.enter('host', 1);
    const local = collectFrames(host.trtc);
    share(host, 'screen-2');
    sandbox.advance();
    host.trtc.pauseScreenCapture();
    sandbox.advance();
    const paused = local.length;
    sandbox.advance(1000);
    expect(local.length).toBe(paused);
    host.trtc.resumeScreenCapture();
    sandbox.advance(1000);
    expect(local.length).toBeGreaterThan(paused + 10);
    expect(host.events.log('onScreenCapturePaused', 'onScreenCaptureResumed')).toEqual(['onScreenCapturePaused(0)', 'onScreenCaptureResumed(0)']);
    expect(viewer.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(host,1)']);
  });

  it('follows setSubStreamEncoderParam at once: size and frame rate', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const local = collectFrames(host.trtc);
    share(host, 'screen-1');
    sandbox.advance();
    host.trtc.setSubStreamEncoderParam(new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_640_360, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 10, 600));
    local.length = 0;
    sandbox.advance(1000);
    expect(local.length).toBe(10);
    expect(local[0]).toMatchObject({ width: 640, height: 360 });
  });

  it('an audience member captures only locally; becoming an anchor publishes it, or says -102016 when the seat is taken', () => {
    const sandbox = new SandboxHarness();
    const anchor = sandbox.enter('anchor', 1);
    const fan = sandbox.enter('fan', 1, { role: TRTCRoleType.TRTCRoleAudience });
    share(fan, 'window-slides');
    sandbox.advance();
    expect(fan.events.count('onScreenCaptureStarted')).toBe(1);
    expect(anchor.events.log('onUserSubStreamAvailable')).toEqual([]);
    share(anchor, 'screen-1');
    fan.trtc.switchRole(TRTCRoleType.TRTCRoleAnchor);
    sandbox.advance();
    expect(fan.events.all('onError').map(([code]) => code)).toEqual([ANOTHER_USER_SHARES]);
    anchor.trtc.stopScreenCapture();
    sandbox.advance();
    fan.trtc.switchRole(TRTCRoleType.TRTCRoleAudience);
    sandbox.advance();
    fan.trtc.switchRole(TRTCRoleType.TRTCRoleAnchor);
    sandbox.advance();
    expect(anchor.events.log('onUserSubStreamAvailable').at(-1)).toBe('onUserSubStreamAvailable(fan,1)');
  });

  it('lets the admin make a participant share or stop (sandbox.shareScreen), and reports who shares in its rooms', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1);
    sandbox.enter('guest', 1);
    expect(sandbox.cloud.shareScreen('guest', 'window-game')).toBe(true);
    sandbox.advance();
    const sharing = () => sandbox.cloud.getRoom(1)!.members.filter((m) => m.sharingScreen).map((m) => m.userId);
    expect(sharing()).toEqual(['guest']);
    expect(viewer.events.log('onUserSubStreamAvailable')).toEqual(['onUserSubStreamAvailable(guest,1)']);
    expect(sandbox.cloud.shareScreen('guest', null)).toBe(true);
    sandbox.advance();
    expect(sharing()).toEqual([]);
    expect(sandbox.cloud.shareScreen('nobody', 'screen-1')).toBe(false);
  });

  it('reports the published share in onStatistics as a Sub stream beside the camera, and no more once it stops', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    share(host, 'screen-1');
    sandbox.advance(3_000);
    const types = () => (host.events.last('onStatistics')![0].localStatisticsArray ?? []).map((s) => s.streamType);
    expect(types()).toEqual([TRTCVideoStreamType.TRTCVideoStreamTypeBig, SUB]);
    const sub = host.events.last('onStatistics')![0].localStatisticsArray!.find((s) => s.streamType === SUB)!;
    expect(sub).toMatchObject({ width: 1280, height: 720 });
    // The sandbox varies bitrates around the encoder's, as a real uplink does.
    expect(Math.abs(sub.videoBitrate - 1600)).toBeLessThan(400);
    host.trtc.stopScreenCapture();
    sandbox.advance(3_000);
    expect(types()).toEqual([TRTCVideoStreamType.TRTCVideoStreamTypeBig]);
  });
});
