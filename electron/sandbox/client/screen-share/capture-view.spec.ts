import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { I420Canvas } from '../../common/media/i420-canvas';
import { PLATE } from '../../common/media/yuv-color';
import { mixColor } from '../../server/mixer/mix-color';
import { placePicture } from '../../server/mixer/picture-placement';
import { SandboxFailure } from '../../common/sandbox-failure';
import { pointerPosition } from './capture-overlays';
import { captureViewOf, defaultCaptureView, type CaptureView } from './capture-view';
import { ScreenPictureSource } from './screen-picture-source';
import { findVirtualSource } from './virtual-sources';

const SCREEN = findVirtualSource('screen-1')!; // 1920x1080
const WINDOW = findVirtualSource('window-slides')!; // 1280x720
const NO_OVERLAYS = { mouse: false, highlight: null };
/** The view of a property on the whole screen (a null rect cannot fail). */
const viewWith = (property: object) => captureViewOf(SCREEN, null, property) as CaptureView;

function frameOf(view: CaptureView, timestampMs = 1_000, width = 640, height = 360): I420Canvas {
  const source = new ScreenPictureSource(SCREEN, () => new Set(['window-console']), { width, height, fps: 15 }, view);
  const frame = source.render(timestampMs);
  return new I420Canvas(new Uint8Array(frame.data as ArrayBuffer), frame.width, frame.height);
}

const luma = (c: I420Canvas, x: number, y: number) => c.data[y * c.width + x];
const rowLumas = (c: I420Canvas, y: number, x0: number, x1: number) => [...c.data.subarray(y * c.width + x0, y * c.width + x1)];

describe('captureViewOf (selectScreenCaptureTarget’s rect and TRTCScreenCaptureProperty)', () => {
  it('takes a rect of zeros, or no rect, as the whole source', () => {
    expect(captureViewOf(SCREEN, { left: 0, top: 0, right: 0, bottom: 0 }, null)).toMatchObject({ region: null });
    expect(captureViewOf(SCREEN, undefined, undefined)).toMatchObject({ region: null });
    expect(captureViewOf(SCREEN, { left: 0, top: 0, right: 1920, bottom: 1080 }, null)).toMatchObject({ region: null });
  });

  it('clips a rect to the source with even edges', () => {
    expect(captureViewOf(SCREEN, { left: 961, top: -20, right: 5000, bottom: 541 }, null)).toMatchObject({ region: { x: 960, y: 0, width: 960, height: 540 } });
  });

  it('refuses a rect that leaves nothing of the source with ERR_SCREEN_CAPTURE_START_FAIL', () => {
    const failure = captureViewOf(SCREEN, { left: 2000, top: 0, right: 2100, bottom: 100 }, null);
    expect(failure).toBeInstanceOf(SandboxFailure);
    expect((failure as SandboxFailure).code).toBe(TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL);
  });

  it('captures the pointer and, on a screen in high performance, shows viewers the border: the SDK’s defaults', () => {
    expect(defaultCaptureView(SCREEN)).toEqual({ region: null, mouse: true, highlight: { color: mixColor(0xffe640), width: 5 } });
    expect(defaultCaptureView(WINDOW).highlight).toBeNull();
    expect(viewWith({ enableHighLight: true, enableHighPerformance: false }).highlight).toBeNull();
    expect(viewWith({ enableHighLight: false }).highlight).toBeNull();
    expect(viewWith({ enableCaptureMouse: false }).mouse).toBe(false);
  });

  it('takes the border’s colour and width, the width at most 50', () => {
    expect(viewWith({ highLightColor: 0xff0000, highLightWidth: 80 }).highlight).toEqual({ color: mixColor(0xff0000), width: 50 });
  });
});

describe('a captured picture', () => {
  it('shows a region scaled into the picture, letterboxed to keep its shape', () => {
    // The left half of a 16:9 screen is 8:9: in a 16:9 picture it is centred with bars either side.
    const region = { x: 0, y: 0, width: 960, height: 1080 };
    const frame = frameOf({ region, ...NO_OVERLAYS });
    const { target } = placePicture(960, 1080, { x: 0, y: 0, width: 640, height: 360 }, TRTCVideoFillMode.TRTCVideoFillMode_Fit);
    expect(target).toEqual({ x: 160, y: 0, width: 320, height: 360 });
    for (const y of [0, 180, 359]) {
      expect(rowLumas(frame, y, 0, 160).every((l) => l === PLATE.y)).toBe(true);
      expect(rowLumas(frame, y, 480, 640).every((l) => l === PLATE.y)).toBe(true);
    }
    expect(rowLumas(frame, 180, 160, 480).some((l) => l !== PLATE.y)).toBe(true);
  });

  it('is the region’s own content: the right half differs from the left half', () => {
    const left = frameOf({ region: { x: 0, y: 0, width: 960, height: 1080 }, ...NO_OVERLAYS });
    const right = frameOf({ region: { x: 960, y: 0, width: 960, height: 1080 }, ...NO_OVERLAYS });
    expect(Buffer.compare(Buffer.from(left.data), Buffer.from(right.data))).not.toBe(0);
  });

  it('draws the pointer where it is at that time only when the capture takes it', () => {
    const at = pointerPosition(1_000);
    const [x, y] = [Math.round(at.x * 640), Math.round(at.y * 360)];
    const without = frameOf({ region: null, ...NO_OVERLAYS });
    const withPointer = frameOf({ region: null, mouse: true, highlight: null });
    // Just below the tip the arrow is white.
    expect(luma(withPointer, x, y + 4)).toBe(235);
    expect(rowLumas(without, y + 4, x - 4, x + 8)).not.toEqual(rowLumas(withPointer, y + 4, x - 4, x + 8));
  });

  it('draws the border in its colour round the picture when viewers see it', () => {
    const color = mixColor(0xff0000);
    const frame = frameOf({ region: null, mouse: false, highlight: { color, width: 6 } });
    expect(luma(frame, 320, 0)).toBe(color.y);
    expect(luma(frame, 0, 180)).toBe(color.y);
    expect(luma(frame, 639, 180)).toBe(color.y);
    expect(luma(frame, 320, 359)).toBe(color.y);
  });
});
