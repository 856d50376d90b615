import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCScreenCaptureSourceType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Rect } from '../../common/media/frame-layout';
import type { YuvColor } from '../../common/media/yuv-color';
import { mixColor } from '../../server/mixer/mix-color';
import { SandboxFailure } from '../../common/sandbox-failure';
import type { VirtualSource } from './virtual-sources';

/** trtc_define: the highlight border's colour when highLightColor is 0. */
const DEFAULT_HIGHLIGHT_COLOR = 0xffe640;
/** trtc_define: the border's width when highLightWidth is 0, and the most it may be. */
const DEFAULT_HIGHLIGHT_WIDTH = 5;
const MAX_HIGHLIGHT_WIDTH = 50;

/** How a capture shows its source: which part of it, and what is drawn on it. */
export interface CaptureView {
  /** The part of the source captured, in the source's pixels (even edges); null for the whole source. */
  region: Rect | null;
  /** Whether the mouse pointer is captured with the content (enableCaptureMouse). */
  mouse: boolean;
  /** The border around the shared screen that remote viewers see, or null when they see none. */
  highlight: { color: YuvColor; width: number } | null;
}

/** The whole source with the SDK's defaults: the mouse captured, the border as a screen share in high performance draws it. */
export function defaultCaptureView(source: VirtualSource): CaptureView {
  return captureViewOf(source, null, null) as CaptureView;
}

/**
 * selectScreenCaptureTarget's captureRect and TRTCScreenCaptureProperty, read against the source. A rect of
 * zeros (trtc.d.ts's examples) is the whole source; a rect is clipped to the source, and one with nothing left
 * is ERR_SCREEN_CAPTURE_START_FAIL. Fields left out take trtc_define's defaults. The border reaches remote
 * viewers only when both enableHighLight and enableHighPerformance are on, and high performance applies to
 * screens only, as trtc_define says.
 */
export function captureViewOf(source: VirtualSource, captureRect: unknown, property: unknown): CaptureView | SandboxFailure {
  const region = regionOf(source, captureRect);
  if (region instanceof SandboxFailure) return region;
  const p = typeof property === 'object' && property !== null ? (property as Record<string, unknown>) : {};
  const flag = (name: string) => (typeof p[name] === 'boolean' ? (p[name] as boolean) : true);
  const seenByViewers = flag('enableHighLight') && flag('enableHighPerformance') && source.type === TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeScreen;
  const color = typeof p['highLightColor'] === 'number' && p['highLightColor'] > 0 ? p['highLightColor'] : DEFAULT_HIGHLIGHT_COLOR;
  const asked = typeof p['highLightWidth'] === 'number' && p['highLightWidth'] > 0 ? Math.round(p['highLightWidth']) : DEFAULT_HIGHLIGHT_WIDTH;
  return {
    region,
    mouse: flag('enableCaptureMouse'),
    highlight: seenByViewers ? { color: mixColor(color & 0xffffff), width: Math.min(asked, MAX_HIGHLIGHT_WIDTH) } : null,
  };
}

function regionOf(source: VirtualSource, captureRect: unknown): Rect | null | SandboxFailure {
  if (typeof captureRect !== 'object' || captureRect === null) return null;
  const r = captureRect as Record<string, unknown>;
  const edge = (name: string) => (typeof r[name] === 'number' && Number.isFinite(r[name]) ? (r[name] as number) : 0);
  const [left, top, right, bottom] = [edge('left'), edge('top'), edge('right'), edge('bottom')];
  if (left === 0 && top === 0 && right === 0 && bottom === 0) return null;
  // Clipped to the source, with even edges so that the crop's chroma lines up with its luma.
  const x0 = even(Math.max(0, left));
  const y0 = even(Math.max(0, top));
  const x1 = even(Math.min(source.width, right));
  const y1 = even(Math.min(source.height, bottom));
  if (x1 <= x0 || y1 <= y0) {
    return new SandboxFailure(TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, `selectScreenCaptureTarget: the capture rect ${JSON.stringify({ left, top, right, bottom })} leaves nothing of ${source.sourceName} (${source.width}x${source.height})`);
  }
  if (x0 === 0 && y0 === 0 && x1 === source.width && y1 === source.height) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function even(n: number): number {
  return Math.floor(n / 2) * 2;
}
