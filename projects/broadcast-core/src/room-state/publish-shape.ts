import { TRTCPublishMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { mixLayout, type MixCanvas } from './mix-layouts';
import { mixPeopleOf } from './mix-people';
import type { PublishChoice, PublishEncoder, PublishShape } from './publishing-models';
import type { RoomState } from './room-state';

/** The encoder's picture size: the canvas a mix is laid out on. */
export function canvasOf(encoder: PublishEncoder): MixCanvas {
  return { width: encoder.videoEncodedWidth, height: encoder.videoEncodedHeight };
}

/**
 * What a task should run in this room for the operator's choice. While a PK is connected the CDN shows both
 * rooms: a relay becomes a mix and a preset becomes side by side (custom boxes stay the operator's); when it
 * ends, the task goes back to the choice. The SDK's recommended way to do that is updatePublishMediaStream
 * on the same task, so the CDN stream never breaks.
 */
export function effectiveShape(choice: PublishChoice, state: RoomState, encoder: PublishEncoder): PublishShape {
  const pk = state.pk.status === 'connected';
  const mode = pk ? TRTCPublishMode.TRTCPublishMixStreamToCdn : choice.mode;
  const layout = pk && choice.layout.preset !== 'custom' ? { ...choice.layout, preset: 'pk' as const } : choice.layout;
  const videoLayouts = mode === TRTCPublishMode.TRTCPublishMixStreamToCdn ? mixLayout(layout, mixPeopleOf(state), canvasOf(encoder)) : [];
  return { mode, layout, videoLayouts };
}

/** Whether two shapes send the cloud the same thing (mode and layout list; the preset name alone changes nothing). */
export function sameShape(a: PublishShape, b: PublishShape): boolean {
  return a.mode === b.mode && JSON.stringify(a.videoLayouts) === JSON.stringify(b.videoLayouts);
}
