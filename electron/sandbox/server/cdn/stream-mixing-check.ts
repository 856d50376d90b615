import {
  TRTCVideoFillMode,
  TRTCVideoStreamType,
  type Rect,
  type TRTCStreamMixingConfig,
  type TRTCVideoLayout,
  type TRTCWatermark,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { rectProblem, type MixCanvasSize } from '../../../../projects/broadcast-core/src/bridge/publishing/mix-rect';
import { copyUser, isEmptyUser, trtcUserProblem } from './trtc-user-check';

/** "当前仅支持最高 16 路音视频输入" (TRTCStreamMixingConfig.audioMixUserList): at most 16 inputs of each kind. */
export const MAX_MIX_INPUTS = 16;
/** TRTCVideoLayout.zOrder and TRTCWatermark.zOrder: "取值范围：0 - 15，不可重复". */
const MAX_Z_ORDER = 15;
/** Colours are 0xRRGGBB numbers. */
const MAX_COLOR = 0xffffff;


/** A checked copy of a TRTCStreamMixingConfig for a canvas, or why it is refused. */
export function checkStreamMixing(value: unknown, canvas: MixCanvasSize): TRTCStreamMixingConfig | string {
  if (typeof value !== 'object' || value === null) return 'mixing config must be a TRTCStreamMixingConfig object';
  const config = value as Partial<Record<keyof TRTCStreamMixingConfig, unknown>>;
  const backgroundColor = config.backgroundColor ?? 0;
  if (!isColor(backgroundColor)) return `backgroundColor must be a 0xRRGGBB number, got ${String(backgroundColor)}`;
  const backgroundImage = config.backgroundImage ?? '';
  if (typeof backgroundImage !== 'string') return 'backgroundImage must be a string';
  const layouts = listOf(config.videoLayoutList, 'videoLayoutList');
  if (typeof layouts === 'string') return layouts;
  const audioUsers = listOf(config.audioMixUserList, 'audioMixUserList');
  if (typeof audioUsers === 'string') return audioUsers;
  const watermarks = listOf(config.watermarkList, 'watermarkList');
  if (typeof watermarks === 'string') return watermarks;
  const problem =
    layoutsProblem(layouts, canvas) ??
    audioUsers.map((user, i) => trtcUserProblem(user, `audioMixUserList[${i}]`)).find(Boolean) ??
    watermarksProblem(watermarks, canvas);
  if (problem) return problem;
  return {
    backgroundColor: backgroundColor as number,
    backgroundImage,
    videoLayoutList: (layouts as TRTCVideoLayout[]).map(copyLayout),
    audioMixUserList: (audioUsers as TRTCVideoLayout['fixedVideoUser'][]).map(copyUser),
    watermarkList: (watermarks as TRTCWatermark[]).map((w) => ({ watermarkUrl: w.watermarkUrl, rect: copyRect(w.rect), zOrder: w.zOrder })),
  };
}


function layoutsProblem(layouts: unknown[], canvas: MixCanvasSize): string | undefined {
  if (layouts.length > MAX_MIX_INPUTS) return `videoLayoutList has ${layouts.length} entries; at most ${MAX_MIX_INPUTS} inputs are mixed`;
  if (layouts.length > 0 && (canvas.width === 0 || canvas.height === 0)) return 'videoLayoutList needs a video canvas, but the encoder output is audio only (0x0)';
  const placed = new Set<string>();
  for (const [i, layout] of layouts.entries()) {
    const what = `videoLayoutList[${i}]`;
    if (typeof layout !== 'object' || layout === null) return `${what} must be a TRTCVideoLayout`;
    const l = layout as Partial<Record<keyof TRTCVideoLayout, unknown>>;
    const problem =
      rectProblem(l.rect, canvas, what) ??
      zOrderProblem(l.zOrder, what) ??
      (isFillMode(l.fillMode ?? TRTCVideoFillMode.TRTCVideoFillMode_Fill) ? undefined : `${what}.fillMode must be TRTCVideoFillMode_Fill (0) or _Fit (1)`) ??
      (isColor(l.backgroundColor ?? 0) ? undefined : `${what}.backgroundColor must be a 0xRRGGBB number`) ??
      (isMixedStreamType(l.fixedVideoStreamType ?? TRTCVideoStreamType.TRTCVideoStreamTypeBig) ? undefined : `${what}.fixedVideoStreamType must be TRTCVideoStreamTypeBig (0) or TRTCVideoStreamTypeSub (2)`) ??
      trtcUserProblem(l.fixedVideoUser ?? null, `${what}.fixedVideoUser`, true);
    if (problem) return problem;
    const user = l.fixedVideoUser as TRTCVideoLayout['fixedVideoUser'] | undefined;
    if (isEmptyUser(user)) continue;
    const key = `${user!.userId}|${user!.intRoomId ?? 0}|${user!.strRoomId ?? ''}|${String(l.fixedVideoStreamType ?? 0)}`;
    if (placed.has(key)) return `${what} places ${user!.userId}'s stream a second time`;
    placed.add(key);
  }
  return uniqueZOrders(layouts as { zOrder: number }[], 'videoLayoutList');
}

function watermarksProblem(watermarks: unknown[], canvas: MixCanvasSize): string | undefined {
  for (const [i, mark] of watermarks.entries()) {
    const what = `watermarkList[${i}]`;
    if (typeof mark !== 'object' || mark === null) return `${what} must be a TRTCWatermark`;
    const w = mark as Partial<Record<keyof TRTCWatermark, unknown>>;
    if (typeof w.watermarkUrl !== 'string') return `${what}.watermarkUrl must be a string`;
    const problem = rectProblem(w.rect, canvas, what) ?? zOrderProblem(w.zOrder, what);
    if (problem) return problem;
  }
  return uniqueZOrders(watermarks as { zOrder: number }[], 'watermarkList');
}

function zOrderProblem(value: unknown, what: string): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_Z_ORDER ? undefined : `${what}.zOrder must be an integer 0-${MAX_Z_ORDER}, got ${String(value)}`;
}

function uniqueZOrders(items: { zOrder: number }[], what: string): string | undefined {
  const seen = new Set<number>();
  for (const { zOrder } of items) {
    if (seen.has(zOrder)) return `${what} uses zOrder ${zOrder} twice; each layer needs its own`;
    seen.add(zOrder);
  }
  return undefined;
}

function listOf(value: unknown, what: string): unknown[] | string {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : `${what} must be an array`;
}

function isColor(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COLOR;
}

function isFillMode(value: unknown): boolean {
  return value === TRTCVideoFillMode.TRTCVideoFillMode_Fill || value === TRTCVideoFillMode.TRTCVideoFillMode_Fit;
}

function isMixedStreamType(value: unknown): boolean {
  return value === TRTCVideoStreamType.TRTCVideoStreamTypeBig || value === TRTCVideoStreamType.TRTCVideoStreamTypeSub;
}

function copyRect(rect: Rect): Rect {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

function copyLayout(layout: TRTCVideoLayout): TRTCVideoLayout {
  return {
    rect: copyRect(layout.rect),
    zOrder: layout.zOrder,
    fillMode: layout.fillMode ?? TRTCVideoFillMode.TRTCVideoFillMode_Fill,
    backgroundColor: layout.backgroundColor ?? 0,
    placeHolderImage: layout.placeHolderImage ?? '',
    fixedVideoUser: copyUser(layout.fixedVideoUser ?? {}),
    fixedVideoStreamType: layout.fixedVideoStreamType ?? TRTCVideoStreamType.TRTCVideoStreamTypeBig,
  };
}
