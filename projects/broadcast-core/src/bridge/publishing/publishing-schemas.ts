import * as z from 'zod';
import { TRTCPublishMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { rectProblem } from './mix-rect';
import { MAX_CDN_URLS, rtmpUrlProblem } from './rtmp-url';
import { checkStreamEncoder, hasVideo } from './stream-encoder-check';

/** At most 16 boxes: the cloud mixer takes at most 16 inputs. */
const MAX_BOXES = 16;

/** The publish modes a window may ask for: relay of the own camera stream (1) or the mix pushed to the CDN (3). */
export const consolePublishModeSchema = z.union([z.literal(TRTCPublishMode.TRTCPublishBigStreamToCdn), z.literal(TRTCPublishMode.TRTCPublishMixStreamToCdn)]);

/** An RTMP push URL, with the sandbox's own check (rtmp://, a host). */
const rtmpUrlSchema = z.string().superRefine((url, ctx) => {
  if (rtmpUrlProblem(url)) ctx.addIssue({ code: 'custom', message: `"${url}" is not an RTMP push URL`, params: { reason: 'notRtmpUrl', url } });
});

/** 1 to 10 different RTMP URLs (trtc.d.ts: "最多同时 10 个"). */
export const cdnUrlsSchema = z
  .array(rtmpUrlSchema)
  .min(1)
  .max(MAX_CDN_URLS)
  .superRefine((urls, ctx) => {
    const twice = urls.findIndex((url, i) => urls.indexOf(url) !== i);
    if (twice >= 0) ctx.addIssue({ code: 'custom', message: 'listed twice', path: [twice], params: { reason: 'duplicateUrl', url: urls[twice] } });
  });

/** A whole number >= 0, as every TRTCStreamEncoderParam number is; its field is named when it is not one. */
const count = z.number().int().min(0);

/**
 * TRTCStreamEncoderParam, checked exactly as the sandbox's cloud checks it (the ranges and how fields go
 * together); the console's task always carries video.
 */
export const streamEncoderSchema = z
  .strictObject({
    videoEncodedWidth: count,
    videoEncodedHeight: count,
    videoEncodedFPS: count,
    videoEncodedGOP: count,
    videoEncodedKbps: count,
    audioEncodedSampleRate: count,
    audioEncodedChannelNum: count,
    audioEncodedKbps: count,
    audioEncodedCodecType: count,
    videoEncodedCodecType: count,
    /** SEI to insert; '' (or left out) sends none. */
    videoSeiParams: z.string().optional(),
  })
  .superRefine((encoder, ctx) => {
    const checked = checkStreamEncoder(encoder);
    const detail = typeof checked === 'string' ? checked : hasVideo(checked) ? null : 'the picture needs a width and a height above 0';
    if (detail) ctx.addIssue({ code: 'custom', message: detail, params: { reason: 'streamEncoder', detail } });
  });

const rectSchema = z.strictObject({ left: z.number().int(), top: z.number().int(), right: z.number().int(), bottom: z.number().int() });

/**
 * A layout choice: a preset, and for `custom` its 1 to 16 boxes (checked against the encoder's picture by the
 * command); the other presets take no boxes.
 */
export const layoutChoiceSchema = z
  .strictObject({
    preset: z.enum(['solo', 'pk', 'coAnchors', 'grid', 'custom']),
    custom: z.array(rectSchema).min(1).max(MAX_BOXES).optional(),
  })
  .refine((l) => (l.preset === 'custom') === (l.custom !== undefined), { message: 'custom boxes go with the custom preset, and only with it', path: ['custom'] });

type Rects = z.infer<typeof rectSchema>[];

/** Adds an issue for the first custom box outside a canvas, at its path. */
export function checkBoxes(boxes: Rects | undefined, canvas: { width: number; height: number }, ctx: z.core.$RefinementCtx, path: (string | number)[]): void {
  const i = (boxes ?? []).findIndex((box) => rectProblem(box, canvas, 'box') !== undefined);
  if (i >= 0) ctx.addIssue({ code: 'custom', message: 'box outside the picture', path: [...path, i], params: { reason: 'mixBox', width: canvas.width, height: canvas.height } });
}

/** startPublishing: a CDN task to these URLs, relaying the own stream or mixing by a layout. */
export const startPublishingShape = {
  mode: consolePublishModeSchema,
  urls: cdnUrlsSchema,
  encoder: streamEncoderSchema,
  layout: layoutChoiceSchema,
};

/** updatePublishing: another mode or layout for the running task (same taskId and URLs). */
export const updatePublishingShape = {
  mode: consolePublishModeSchema.optional(),
  layout: layoutChoiceSchema.optional(),
};

/** A CDN host to aim a sandbox fault at (every host when left out). */
export const cdnHostSchema = z.string().min(1).max(253).optional();
