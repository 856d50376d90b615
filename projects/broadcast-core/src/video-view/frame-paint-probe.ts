import { InjectionToken } from '@angular/core';

import type { DecodedFrame } from '../bridge/frame-codec';
import type { RendererKind } from './i420-renderer';

/** Told of each frame a VideoView drew, right after drawing it: the show benchmark's measuring point. */
export interface FramePaintProbe {
  /** `frame` was drawn on screen by a `renderer` (called inside the animation frame that drew it). */
  drawn(frame: DecodedFrame, renderer: RendererKind): void;
}

/** Where a page that measures itself puts its probe before the app starts (bench/show sets it with an init script). */
export const FRAME_PAINT_PROBE_GLOBAL = 'bcFramePaintProbe';

/**
 * The probe VideoViews report to: the page's `bcFramePaintProbe` global when one was set before the app
 * started, else null, and then a view's only cost is one null check per drawn frame.
 */
export const FRAME_PAINT_PROBE = new InjectionToken<FramePaintProbe | null>('FRAME_PAINT_PROBE', {
  providedIn: 'root',
  factory: () => (globalThis as { [FRAME_PAINT_PROBE_GLOBAL]?: FramePaintProbe })[FRAME_PAINT_PROBE_GLOBAL] ?? null,
});
