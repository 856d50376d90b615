/** The size and frame rate a video source produces. */
export interface VideoFormat {
  width: number;
  height: number;
  fps: number;
}

/** The format a source uses until told otherwise (TRTC's default 640x360 at 15 fps). */
export const DEFAULT_VIDEO_FORMAT: Readonly<VideoFormat> = { width: 640, height: 360, fps: 15 };

/** Largest side accepted; beyond 4K is a caller bug, not a camera. */
const MAX_SIDE = 4096;

/**
 * Checks a format and rounds width and height down to even numbers (I420 chroma is half size),
 * at least 2. Throws a RangeError for non-finite, non-positive or oversized values.
 */
export function normalizeVideoFormat(format: VideoFormat): VideoFormat {
  const { width, height, fps } = format;
  for (const [name, value] of [['width', width], ['height', height], ['fps', fps]] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`video ${name} must be a positive number, got ${value}`);
  }
  if (width > MAX_SIDE || height > MAX_SIDE) throw new RangeError(`video size ${width}x${height} exceeds ${MAX_SIDE}`);
  return { width: Math.max(2, Math.floor(width / 2) * 2), height: Math.max(2, Math.floor(height / 2) * 2), fps };
}

/** Bytes of an I420 picture: a full-size Y plane and two quarter-size chroma planes. */
export function i420ByteLength(width: number, height: number): number {
  return width * height + 2 * (width / 2) * (height / 2);
}
