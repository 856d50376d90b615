import { TRTCVideoFillMode, TRTCVideoStreamType, type Rect, type TRTCUser, type TRTCVideoLayout } from 'trtc-electron-sdk/liteav/trtc_define';

import type { LayoutChoice, LayoutPreset } from './publishing-models';

/** The canvas a mix is laid out on: the encoder's output size. */
export interface MixCanvas {
  width: number;
  height: number;
}

/** Who a mix can show, each as the TRTCUser the cloud mixer needs (with the room it is in). */
export interface MixPeople {
  /** The local anchor. */
  own: TRTCUser;
  /** Remote users of the own room whose camera is on, in the order they came. */
  coAnchors: TRTCUser[];
  /** The PK opponent, with its roomId, while a PK is connected. */
  opponent: TRTCUser | null;
}

/** At most 16 inputs are mixed (TRTCStreamMixingConfig: "当前仅支持最高 16 路音视频输入"). */
export const MAX_MIX_BOXES = 16;

/** The smallest box side a dragged box keeps, in canvas pixels. */
export const MIN_BOX_SIDE = 16;

/** How much of the canvas width a small co-anchor box takes in the 1 big + N small preset. */
const SMALL_BOX_SHARE = 0.25;

const NOBODY: TRTCUser = { userId: '', intRoomId: 0, strRoomId: '' };

/** The people a mix shows in order: the local anchor, then the PK opponent, then the co-anchors. */
export function peopleInOrder(people: MixPeople): TRTCUser[] {
  return [people.own, ...(people.opponent ? [people.opponent] : []), ...people.coAnchors].slice(0, MAX_MIX_BOXES);
}

/** One layout entry: a user's camera (Big stream) filling its box, layered by its place in the list. */
function box(rect: Rect, user: TRTCUser, zOrder: number): TRTCVideoLayout {
  return {
    rect,
    zOrder,
    fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill,
    backgroundColor: 0,
    placeHolderImage: '',
    fixedVideoUser: { ...user },
    fixedVideoStreamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig,
  };
}

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left: Math.round(left), top: Math.round(top), right: Math.round(left + width), bottom: Math.round(top + height) };
}

/** The whole canvas for the local anchor. */
export function soloLayout(people: MixPeople, canvas: MixCanvas): TRTCVideoLayout[] {
  return [box(rect(0, 0, canvas.width, canvas.height), people.own, 0)];
}

/** The local anchor on the left half and the PK opponent on the right half; solo while no PK is connected. */
export function pkLayout(people: MixPeople, canvas: MixCanvas): TRTCVideoLayout[] {
  if (!people.opponent) return soloLayout(people, canvas);
  const half = Math.floor(canvas.width / 2);
  return [box(rect(0, 0, half, canvas.height), people.own, 0), box(rect(half, 0, canvas.width - half, canvas.height), people.opponent, 1)];
}

/** The local anchor on the whole canvas, the others as small boxes stacked up the right edge from the bottom, above it. */
export function coAnchorsLayout(people: MixPeople, canvas: MixCanvas): TRTCVideoLayout[] {
  const [own, ...others] = peopleInOrder(people);
  const width = Math.floor(canvas.width * SMALL_BOX_SHARE);
  const height = Math.floor((width * canvas.height) / canvas.width);
  const fit = Math.max(1, Math.floor(canvas.height / Math.max(1, height)));
  const small = others.slice(0, fit).map((user, i) => box(rect(canvas.width - width, canvas.height - height * (i + 1), width, height), user, i + 1));
  return [box(rect(0, 0, canvas.width, canvas.height), own, 0), ...small];
}

/** Everyone in equal cells, as square a grid as their number allows, filled row by row. */
export function gridLayout(people: MixPeople, canvas: MixCanvas): TRTCVideoLayout[] {
  const everyone = peopleInOrder(people);
  const columns = Math.ceil(Math.sqrt(everyone.length));
  const rows = Math.ceil(everyone.length / columns);
  const width = canvas.width / columns;
  const height = canvas.height / rows;
  return everyone.map((user, i) => box(rect((i % columns) * width, Math.floor(i / columns) * height, width, height), user, i));
}

/** The operator's own boxes, clamped to the canvas, given to the people in order; boxes beyond them take any anchor. */
export function customLayout(people: MixPeople, canvas: MixCanvas, boxes: Rect[]): TRTCVideoLayout[] {
  const everyone = peopleInOrder(people);
  return boxes.slice(0, MAX_MIX_BOXES).map((r, i) => box(clampRect(r, canvas), everyone[i] ?? NOBODY, i));
}

/**
 * A rectangle moved and cut so that it lies inside the canvas with whole-pixel sides of at least MIN_BOX_SIDE
 * (or the canvas, when that is smaller): what a dragged box becomes.
 */
export function clampRect(r: Rect, canvas: MixCanvas): Rect {
  const width = Math.min(canvas.width, Math.max(MIN_BOX_SIDE, Math.round(r.right - r.left)));
  const height = Math.min(canvas.height, Math.max(MIN_BOX_SIDE, Math.round(r.bottom - r.top)));
  const left = Math.min(Math.max(0, Math.round(r.left)), canvas.width - width);
  const top = Math.min(Math.max(0, Math.round(r.top)), canvas.height - height);
  return { left, top, right: left + width, bottom: top + height };
}

const PRESETS: Record<Exclude<LayoutPreset, 'custom'>, (people: MixPeople, canvas: MixCanvas) => TRTCVideoLayout[]> = {
  solo: soloLayout,
  pk: pkLayout,
  coAnchors: coAnchorsLayout,
  grid: gridLayout,
};

/** TRTCStreamMixingConfig.videoLayoutList for a chosen layout, the people in the room and the canvas. */
export function mixLayout(choice: LayoutChoice, people: MixPeople, canvas: MixCanvas): TRTCVideoLayout[] {
  return choice.preset === 'custom' ? customLayout(people, canvas, choice.custom) : PRESETS[choice.preset](people, canvas);
}
