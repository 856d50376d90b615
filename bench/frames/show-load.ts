// The video load of a show, shared by the frame-transport benchmark and its engine worker.
import { TRTCVideoResolution, TRTCVideoResolutionMode, type TRTCVideoEncParam } from 'trtc-electron-sdk/liteav/trtc_define';

import { remoteStreamKey, type StreamKey } from '@broadcast-core/bridge';

import type { Scenario } from '../../electron/sandbox/scenarios/scenario';

/** The room of the show. */
export const SHOW_ROOM = 29834;

/** The console's own user. */
export const CONSOLE_USER = 'host_1';

/** One remote anchor of the show and what its camera sends. */
export interface RemoteAnchor {
  userId: string;
  /** setVideoEncoderParam of its camera. */
  encoder: Pick<TRTCVideoEncParam, 'videoResolution' | 'resMode' | 'videoFps' | 'videoBitrate'>;
  width: number;
  height: number;
}

const landscape = TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape;

/** Eight 360p30 guests and one 720p30 co-host. */
export const REMOTE_ANCHORS: readonly RemoteAnchor[] = [
  ...Array.from({ length: 8 }, (_, i) => ({
    userId: `guest_0${i + 1}`,
    encoder: { videoResolution: TRTCVideoResolution.TRTCVideoResolution_640_360, resMode: landscape, videoFps: 30, videoBitrate: 800 },
    width: 640,
    height: 360,
  })),
  {
    userId: 'cohost_hd',
    encoder: { videoResolution: TRTCVideoResolution.TRTCVideoResolution_1280_720, resMode: landscape, videoFps: 30, videoBitrate: 1800 },
    width: 1280,
    height: 720,
  },
];

/** The console's camera: 1080p30. */
export const LOCAL_ENCODER = {
  videoResolution: TRTCVideoResolution.TRTCVideoResolution_1920_1080,
  resMode: landscape,
  videoFps: 30,
  videoBitrate: 3500,
  minVideoBitrate: 1500,
  enableAdjustRes: false,
};

/** Every stream the window shows, with its picture size. */
export const SHOW_STREAMS: readonly { stream: StreamKey; width: number; height: number }[] = [
  { stream: 'local', width: 1920, height: 1080 },
  ...REMOTE_ANCHORS.map((a) => ({ stream: remoteStreamKey(a.userId, 'big'), width: a.width, height: a.height })),
];

/**
 * The anchors enter the show's room and start camera and mic, as the sandbox's scenario runner makes virtual
 * participants do. Scenario steps cannot set an encoder (virtual participants send the SDK's default 640x360 at
 * 15 fps), so the engine worker sets each camera's encoder on the participant's client once it exists.
 */
export const SHOW_SCENARIO: Scenario = {
  name: 'bench-show',
  description: 'eight 360p30 guests and a 720p30 co-host on air in the console room',
  setup: REMOTE_ANCHORS.map((a) => ({ at: 0, action: { do: 'enter', user: a.userId, room: SHOW_ROOM, role: 'anchor' } })),
};

/** The name of the BroadcastChannel between the benchmark and its engine worker (outside the engine contract). */
export const CONTROL_CHANNEL = 'bench-frame-transport';

/** The benchmark's messages to its engine worker. */
export type ControlRequest =
  | { t: 'copies'; id: number; reset?: boolean; attribute?: boolean }
  | { t: 'clock'; id: number }
  /** The worker thread's own CPU time so far. */
  | { t: 'cpu'; id: number }
  /** The frame router's buffers so far: made afresh, reused. */
  | { t: 'buffers'; id: number }
  /** Capacity mode: feed pre-rendered 1080p frames into the local render callback, one per freed slot. */
  | { t: 'pump'; id: number; on: boolean };

/** Bytes copied by JavaScript in one thread, counted by bench/frames/copy-counter.ts. */
export interface CopyCounts {
  /** Copies of at least the counter's threshold. */
  calls: number;
  bytes: number;
  /** Copies into a buffer never copied into before: a fresh allocation per copy shows here (a reused buffer once). */
  freshTargets: number;
  /** Bytes by the function that copied (when attributing). */
  bySite: Record<string, number>;
}

/** The worker's answers and reports. */
export type ControlReply =
  | { t: 'participants-ready' }
  | { t: 'copies'; id: number; counts: CopyCounts }
  | { t: 'clock'; id: number; now: number }
  | { t: 'cpu'; id: number; ms: number }
  | { t: 'buffers'; id: number; allocated: number; reused: number; pooledBytes: number }
  | { t: 'pump'; id: number; emitted: number };
