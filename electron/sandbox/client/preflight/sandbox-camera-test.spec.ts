import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import type { TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from '../../testing/frame-collector';
import { SandboxHarness } from '../../testing/sandbox-harness';
import { isCameraTestTarget, type CameraTestTarget } from './camera-test';

/** A render target that keeps each frame's size and time. */
function target(): CameraTestTarget & { frames: { width: number; height: number; timestamp: number }[] } {
  const frames: { width: number; height: number; timestamp: number }[] = [];
  return { frames, renderCameraTestFrame: (f: TRTCVideoFrame) => frames.push({ width: f.width, height: f.height, timestamp: f.timestamp }) };
}

describe('the sandbox camera test', () => {
  it('draws the camera into the view it is given at 640x360, 15 fps, without a room or the preview', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const local = collectFrames(client.trtc);
    const view = target();
    client.trtc.startCameraDeviceTest(view as unknown as HTMLElement);
    sandbox.advance(1000);
    expect([14, 15]).toContain(view.frames.length);
    expect(view.frames[0]).toMatchObject({ width: 640, height: 360 });
    expect(local).toEqual([]);
    expect(client.events.all('onFirstVideoFrame')).toEqual([['', 0, 640, 360]]);
  });

  it('accepts only a view that can take frames: a plain element or null runs the camera but shows nothing', () => {
    expect(isCameraTestTarget(target())).toBe(true);
    expect(isCameraTestTarget(null)).toBe(false);
    expect(isCameraTestTarget({ tagName: 'DIV' })).toBe(false);
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.startCameraDeviceTest(null as unknown as HTMLElement);
    sandbox.advance(1000);
    expect(client.events.count('onFirstVideoFrame')).toBe(1);
    expect(client.events.count('onError')).toBe(0);
  });

  it('restarts into a new view on a second start, and stops on stopCameraDeviceTest', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const first = target();
    const second = target();
    client.trtc.startCameraDeviceTest(first as unknown as HTMLElement);
    sandbox.advance(500);
    client.trtc.startCameraDeviceTest(second as unknown as HTMLElement);
    const before = first.frames.length;
    sandbox.advance(500);
    expect(first.frames.length).toBe(before);
    expect(second.frames.length).toBeGreaterThan(5);
    client.trtc.stopCameraDeviceTest();
    const after = second.frames.length;
    sandbox.advance(1000);
    expect(second.frames.length).toBe(after);
  });

  it('fails with ERR_CAMERA_START_FAIL when the camera is unplugged, stops drawing when it is pulled mid-test, and goes on with another camera', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const view = target();
    client.trtc.startCameraDeviceTest(view as unknown as HTMLElement);
    sandbox.advance(500);
    sandbox.cloud.unplugDevice('sandbox-camera-hd');
    const at = view.frames.length;
    sandbox.advance(1000);
    expect(view.frames.length).toBe(at);
    // trtc.d.ts: the camera may be switched during the test.
    client.trtc.setCurrentCameraDevice('sandbox-camera-desk');
    sandbox.advance(1000);
    expect(view.frames.length).toBeGreaterThan(at + 10);
    sandbox.cloud.unplugDevice('sandbox-camera-desk');
    sandbox.advance(100);
    client.events.clear();
    client.trtc.startCameraDeviceTest(view as unknown as HTMLElement);
    sandbox.advance(500);
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${TXLiteAVError.ERR_CAMERA_START_FAIL},the current camera is unplugged`))]);
  });
});
