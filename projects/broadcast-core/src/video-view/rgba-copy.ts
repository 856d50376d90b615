/** The colour space the sandbox and TRTC deliver: BT.601 limited range (so the browser does not guess BT.709). */
export const BT601_LIMITED: VideoColorSpaceInit = { primaries: 'smpte170m', transfer: 'smpte170m', matrix: 'smpte170m', fullRange: false };

/** VideoFrame.copyTo options that convert a frame to opaque RGBA in sRGB. */
export const RGBA_COPY: VideoFrameCopyToOptions = { format: 'RGBA', colorSpace: 'srgb' };

/** BT.601 limited-range red (Y 81, U 90, V 240) as a 2x2 I420 picture. */
const RED_2X2 = [81, 81, 81, 81, 90, 240];

let probed: boolean | undefined;

/**
 * Whether VideoFrame.copyTo converts I420 to RGBA here at once (the pixels are written when the call returns, as
 * Chromium does for frames in memory) and in BT.601 colours. Asked once per page with a 2x2 red frame: a browser
 * without the `format` option, or one that copies later, answers false and frames are drawn with drawImage.
 */
export function copiesRgbaAtOnce(): boolean {
  if (probed === undefined) probed = probe();
  return probed;
}

function probe(): boolean {
  if (typeof VideoFrame !== 'function') return false;
  let frame: VideoFrame | null = null;
  try {
    frame = new VideoFrame(new Uint8Array(RED_2X2), { format: 'I420', codedWidth: 2, codedHeight: 2, timestamp: 0, colorSpace: BT601_LIMITED });
    const out = new Uint8ClampedArray(16);
    frame.copyTo(out, RGBA_COPY).catch(() => undefined);
    return out[3] === 255 && out[0] >= 250 && out[1] <= 5 && out[2] <= 5;
  } catch {
    return false;
  } finally {
    try {
      frame?.close();
    } catch {
      // A VideoFrame without close is no WebCodecs at all: the answer is already false.
    }
  }
}
