/** An axis-aligned rectangle in device-independent pixels (DIP), as Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A width and a height in DIP. */
export interface Size {
  width: number;
  height: number;
}

/** A point in DIP. */
export interface Point {
  x: number;
  y: number;
}

/** True when every number of the rect is finite and both sides are longer than zero. */
export function isUsableRect(rect: Rect | undefined): rect is Rect {
  return (
    rect !== undefined &&
    Number.isFinite(rect.x) &&
    Number.isFinite(rect.y) &&
    Number.isFinite(rect.width) &&
    Number.isFinite(rect.height) &&
    rect.width > 0 &&
    rect.height > 0
  );
}

/** The area two rects share, 0 when they do not overlap. */
export function intersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** True when `inner` lies fully inside `outer` (edges may touch). */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** True when the point lies inside the rect (right and bottom edges excluded, as pixels are). */
export function containsPoint(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.y >= rect.y && point.x < rect.x + rect.width && point.y < rect.y + rect.height;
}

/** The rect's center point. */
export function rectCenter(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** True when both rects have the same position and size. */
export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Squared distance from a point to the nearest point of a rect (0 inside): cheap to compare. */
export function distanceSquaredToRect(rect: Rect, point: Point): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height));
  return dx * dx + dy * dy;
}

/** A size no larger than `room`, in whole pixels (Electron's setBounds wants integers) and at least 1 where the room allows. */
export function fitSize(size: Size, room: Size): Size {
  return { width: fitLength(size.width, room.width), height: fitLength(size.height, room.height) };
}

/** The largest whole-pixel rect inside `area`: the area itself when its edges are whole, as Electron's are. */
export function wholePixelsOf(area: Rect): Rect {
  const x = Math.ceil(area.x);
  const y = Math.ceil(area.y);
  const inner = { x, y, width: Math.floor(area.x + area.width) - x, height: Math.floor(area.y + area.height) - y };
  // An area thinner than one whole pixel has no whole-pixel rect inside: keep it as it is.
  return inner.width >= 1 && inner.height >= 1 ? inner : area;
}

/** A rect of `size` (fitted first) centered in `area`, on whole pixels. */
export function centerIn(size: Size, area: Rect): Rect {
  const room = wholePixelsOf(area);
  const fitted = fitSize(size, room);
  return {
    x: room.x + Math.floor((room.width - fitted.width) / 2),
    y: room.y + Math.floor((room.height - fitted.height) / 2),
    ...fitted,
  };
}

/** The rect shrunk to fit `area` if it is larger, then moved the least distance that puts it fully inside. */
export function clampInto(rect: Rect, area: Rect): Rect {
  const room = wholePixelsOf(area);
  const { width, height } = fitSize(rect, room);
  return {
    x: clampStart(Math.round(rect.x), width, room.x, room.width),
    y: clampStart(Math.round(rect.y), height, room.y, room.height),
    width,
    height,
  };
}

// Whole pixels, at least 1, at most the room there is; a non-finite length takes all the room.
function fitLength(length: number, room: number): number {
  const whole = Number.isFinite(length) ? Math.round(length) : room;
  return Math.min(Math.max(whole, 1), room);
}

// NaN (no usable start) goes to the area's start; +-Infinity to the nearest edge.
function clampStart(start: number, length: number, areaStart: number, areaLength: number): number {
  const highest = areaStart + areaLength - length;
  return Number.isNaN(start) ? areaStart : Math.min(Math.max(start, areaStart), highest);
}
