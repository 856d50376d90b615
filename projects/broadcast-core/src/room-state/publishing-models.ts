import type { Rect, TRTCPublishMode, TRTCStreamEncoderParam, TRTCVideoLayout } from 'trtc-electron-sdk/liteav/trtc_define';

/** The publish modes the console offers: relay of the own camera stream, or the cloud mix pushed to the CDN. */
export type ConsolePublishMode = TRTCPublishMode.TRTCPublishBigStreamToCdn | TRTCPublishMode.TRTCPublishMixStreamToCdn;

/** The layout presets of the mix: one anchor, a PK side by side, co-anchors as 1 big + N small, a grid, or boxes of one's own. */
export type LayoutPreset = 'solo' | 'pk' | 'coAnchors' | 'grid' | 'custom';

/** A layout as the operator chose it: a preset, and the boxes of `custom` (on the encoder's canvas, in people order). */
export interface LayoutChoice {
  preset: LayoutPreset;
  custom: Rect[];
}

/**
 * onCdnStreamStateChanged's status (trtc.d.ts): 0 idle, 1 connecting, 2 pushing, 3 recovering, 4 failed
 * (connect or recovery timed out), 5 stopping.
 */
export type CdnStreamStatus = 0 | 1 | 2 | 3 | 4 | 5;

/** One CDN URL of the task: its status as last reported and since when (the broker's clock). */
export interface CdnUrlState {
  url: string;
  status: CdnStreamStatus;
  since: number;
  /** The code and message of the last report (0 and '' while healthy). */
  code: number;
  message: string;
}

/** What the task runs, or is about to run once an update is answered. */
export interface PublishShape {
  mode: ConsolePublishMode;
  layout: LayoutChoice;
  /** The videoLayoutList sent to the cloud (empty for a relay). */
  videoLayouts: TRTCVideoLayout[];
}

/** The running encoder of a task: TRTCStreamEncoderParam. */
export type PublishEncoder = TRTCStreamEncoderParam;

/** The console's CDN encoder unless the operator changes it: 1280x720, 15 fps, GOP 2 s, 1500 kbps, 48 kHz mono 64 kbps LC-AAC, H.264. */
export const DEFAULT_CDN_ENCODER: PublishEncoder = {
  videoEncodedWidth: 1280,
  videoEncodedHeight: 720,
  videoEncodedFPS: 15,
  videoEncodedGOP: 2,
  videoEncodedKbps: 1500,
  audioEncodedSampleRate: 48000,
  audioEncodedChannelNum: 1,
  audioEncodedKbps: 64,
  audioEncodedCodecType: 0,
  videoEncodedCodecType: 0,
  videoSeiParams: '',
};

/** The mode and layout the operator chose (a PK may run the task in another until it ends). */
export interface PublishChoice {
  mode: ConsolePublishMode;
  layout: LayoutChoice;
}
