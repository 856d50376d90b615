import {
  TRTCAppScene,
  TRTCBeautyStyle,
  TRTCParams,
  TRTCRoleType,
  TRTCVideoEncParam,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoStreamType,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxTRTCCloud } from './client/sandbox-trtc-cloud';
import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

/*
 * The flows of Tencent's "Interactive live streaming (Electron)" guide, step by step, against the
 * sandbox: several clients on one cloud, as a studio would run them.
 */

/** Step 4: TRTCParams as the guide assembles them. */
function guideParams(sandbox: SandboxHarness, userId: string, roomId: number, role: TRTCRoleType): TRTCParams {
  const param = new TRTCParams();
  param.sdkAppId = sandbox.cloud.sdkAppId;
  param.roomId = roomId;
  param.userId = userId;
  param.userSig = sandbox.cloud.signUserSig(userId);
  param.role = role;
  return param;
}

/** Steps 5-7: an anchor with the guide's encoder settings and beauty, entering room `roomId`. */
function guideAnchor(sandbox: SandboxHarness, userId: string, roomId: number) {
  const trtcCloud = new SandboxTRTCCloud(sandbox.cloud);
  const errors: unknown[][] = [];
  const entered: number[] = [];
  trtcCloud.on('onError', (...args: unknown[]) => errors.push(args));
  trtcCloud.on('onEnterRoom', (result: number) => entered.push(result));
  const localFrames = collectFrames(trtcCloud);
  trtcCloud.startLocalPreview(null);
  trtcCloud.startLocalAudio();
  trtcCloud.setLocalViewFillMode(TRTCVideoFillMode.TRTCVideoFillMode_Fill);
  const encParam = new TRTCVideoEncParam();
  encParam.videoResolution = TRTCVideoResolution.TRTCVideoResolution_640_360;
  encParam.resMode = TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape;
  encParam.videoFps = 25;
  encParam.videoBitrate = 600;
  encParam.enableAdjustRes = true;
  trtcCloud.setVideoEncoderParam(encParam);
  trtcCloud.setBeautyStyle(TRTCBeautyStyle.TRTCBeautyStyleNature, 5, 5, 5);
  trtcCloud.enterRoom(guideParams(sandbox, userId, roomId, TRTCRoleType.TRTCRoleAnchor), TRTCAppScene.TRTCAppSceneLIVE);
  return { trtcCloud, errors, entered, localFrames };
}

/** Step 8: a viewer that shows every anchor whose video becomes available. */
function guideViewer(sandbox: SandboxHarness, userId: string, roomId: number) {
  const trtcCloud = new SandboxTRTCCloud(sandbox.cloud);
  const shown = new Set<string>();
  const frames = new Map<string, ReturnType<typeof collectFrames>>();
  trtcCloud.on('onUserVideoAvailable', (remoteUserId: string, available: number) => {
    if (available === 1) {
      frames.set(remoteUserId, frames.get(remoteUserId) ?? collectFrames(trtcCloud, remoteUserId));
      trtcCloud.startRemoteView(remoteUserId, null);
      trtcCloud.setRemoteViewFillMode(remoteUserId, TRTCVideoFillMode.TRTCVideoFillMode_Fill);
      shown.add(remoteUserId);
    } else {
      shown.delete(remoteUserId);
    }
  });
  trtcCloud.enterRoom(guideParams(sandbox, userId, roomId, TRTCRoleType.TRTCRoleAudience), TRTCAppScene.TRTCAppSceneLIVE);
  return { trtcCloud, shown, frames };
}

describe('the Electron live-streaming guide on the sandbox', () => {
  it('steps 5-7: the anchor enters with its encoder settings and beauty, and previews 640x360 at 25 fps', () => {
    const sandbox = new SandboxHarness();
    const anchor = guideAnchor(sandbox, 'test_user_001', 29834);
    sandbox.advance(2000);
    expect(anchor.errors).toEqual([]);
    expect(anchor.entered).toHaveLength(1);
    expect(anchor.entered[0]).toBeGreaterThan(0);
    const lastSecond = anchor.localFrames.filter((f) => f.timestamp > sandbox.clock.now() - 1000);
    expect(lastSecond).toHaveLength(25);
    expect(lastSecond[0]).toMatchObject({ width: 640, height: 360, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig });
  });

  it('step 8: a viewer learns of the anchor from onUserVideoAvailable and shows its frames', () => {
    const sandbox = new SandboxHarness();
    guideAnchor(sandbox, 'test_user_001', 29834);
    sandbox.advance();
    const viewer = guideViewer(sandbox, 'viewer_001', 29834);
    sandbox.advance(2000);
    expect([...viewer.shown]).toEqual(['test_user_001']);
    const frames = viewer.frames.get('test_user_001') ?? [];
    expect(frames.length).toBeGreaterThan(30);
    expect(frames[0]).toMatchObject({ userId: 'test_user_001', width: 640, height: 360 });
  });

  it('step 9: a viewer goes on mic with the anchor and off again', () => {
    const sandbox = new SandboxHarness();
    guideAnchor(sandbox, 'host', 29834);
    sandbox.advance();
    const watcher = guideViewer(sandbox, 'watcher', 29834);
    const guest = guideViewer(sandbox, 'guest', 29834);
    sandbox.advance();
    // Mic on.
    guest.trtcCloud.switchRole(TRTCRoleType.TRTCRoleAnchor);
    guest.trtcCloud.startLocalAudio();
    guest.trtcCloud.startLocalPreview(null);
    sandbox.advance(2000);
    expect([...watcher.shown].sort()).toEqual(['guest', 'host']);
    expect(watcher.frames.get('guest')?.length).toBeGreaterThan(20);
    expect(sandbox.cloud.getRoom(29834)?.anchorCount).toBe(2);
    // Mic off.
    guest.trtcCloud.switchRole(TRTCRoleType.TRTCRoleAudience);
    guest.trtcCloud.stopLocalAudio();
    guest.trtcCloud.stopLocalPreview();
    sandbox.advance();
    expect([...watcher.shown]).toEqual(['host']);
    expect(sandbox.cloud.getRoom(29834)?.anchorCount).toBe(1);
  });

  it('step 10: anchors of rooms 29834 and 978 PK, then disconnect', () => {
    const sandbox = new SandboxHarness();
    const anchorA = guideAnchor(sandbox, 'anchorA', 29834);
    guideAnchor(sandbox, 'userB', 978);
    sandbox.advance();
    const viewer001 = guideViewer(sandbox, 'viewer_001', 29834);
    const viewer002 = guideViewer(sandbox, 'viewer_002', 978);
    sandbox.advance();

    const results: unknown[][] = [];
    anchorA.trtcCloud.connectOtherRoom('{"roomId": "978","userId": "userB"}');
    anchorA.trtcCloud.on('onConnectOtherRoom', (...args: unknown[]) => results.push(args));
    sandbox.advance(2000);
    expect(results).toEqual([['userB', 0, '']]);
    expect([...viewer001.shown].sort()).toEqual(['anchorA', 'userB']);
    expect([...viewer002.shown].sort()).toEqual(['anchorA', 'userB']);
    expect(viewer002.frames.get('anchorA')?.length).toBeGreaterThan(20);

    const disconnected: unknown[][] = [];
    anchorA.trtcCloud.on('onDisconnectOtherRoom', (...args: unknown[]) => disconnected.push(args));
    anchorA.trtcCloud.disconnectOtherRoom();
    sandbox.advance();
    expect(disconnected).toEqual([[0, '']]);
    expect([...viewer001.shown]).toEqual(['anchorA']);
    expect([...viewer002.shown]).toEqual(['userB']);
  });

  it('step 11: exitRoom, with onExitRoom registered after the call', () => {
    const sandbox = new SandboxHarness();
    const anchor = guideAnchor(sandbox, 'host', 29834);
    const viewer = guideViewer(sandbox, 'viewer', 29834);
    sandbox.advance();
    const reasons: number[] = [];
    anchor.trtcCloud.exitRoom();
    anchor.trtcCloud.on('onExitRoom', (reason: number) => reasons.push(reason));
    sandbox.advance();
    expect(reasons).toEqual([0]);
    expect([...viewer.shown]).toEqual([]);
  });

  it('exit reasons: removed by the server (1), room dismissed (2)', () => {
    const sandbox = new SandboxHarness();
    const anchor = guideAnchor(sandbox, 'host', 29834);
    const viewer = guideViewer(sandbox, 'viewer', 29834);
    sandbox.advance();
    const anchorReasons: number[] = [];
    const viewerReasons: number[] = [];
    anchor.trtcCloud.on('onExitRoom', (reason: number) => anchorReasons.push(reason));
    viewer.trtcCloud.on('onExitRoom', (reason: number) => viewerReasons.push(reason));
    sandbox.cloud.removeUser(29834, 'host');
    sandbox.advance();
    expect(anchorReasons).toEqual([1]);
    expect([...viewer.shown]).toEqual([]);
    sandbox.cloud.dismissRoom(29834);
    sandbox.advance();
    expect(viewerReasons).toEqual([2]);
    expect(sandbox.cloud.listRooms()).toEqual([]);
  });
});
