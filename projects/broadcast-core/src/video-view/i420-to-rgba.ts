import { quarterTurns } from './frame-rotation';

// BT.601 limited range in 8.8 fixed point:
//   R = 1.164 (Y - 16) + 1.596 (V - 128)
//   G = 1.164 (Y - 16) - 0.392 (U - 128) - 0.813 (V - 128)
//   B = 1.164 (Y - 16) + 2.017 (U - 128)
// Tables turn the multiplies into lookups; the clamp table takes sums from -512 to 767.
const Y_TERM = new Int32Array(256);
const RV_TERM = new Int32Array(256);
const GU_TERM = new Int32Array(256);
const GV_TERM = new Int32Array(256);
const BU_TERM = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  Y_TERM[i] = 298 * (i - 16) + 128; // +128 rounds the final >> 8
  RV_TERM[i] = 409 * (i - 128);
  GU_TERM[i] = -100 * (i - 128);
  GV_TERM[i] = -208 * (i - 128);
  BU_TERM[i] = 516 * (i - 128);
}
const CLAMP_OFFSET = 512;
const CLAMP = new Uint8Array(1280);
for (let i = 0; i < CLAMP.length; i++) CLAMP[i] = Math.max(0, Math.min(255, i - CLAMP_OFFSET));

// One 32-bit store per pixel; the byte order of RGBA in a Uint32 depends on the platform.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The picture an I420 conversion reads: planes Y, then U, then V, chroma halved both ways (rounded up). */
export interface I420Picture {
  /** I420 planes, Y then U then V. */
  data: Uint8Array;
  /** Luma width in pixels. */
  width: number;
  /** Luma height in pixels. */
  height: number;
}

/**
 * Converts an I420 picture (BT.601, limited range) to opaque RGBA, turned
 * clockwise by `rotation` (TRTCVideoRotation 0-3). `out` holds the upright
 * picture: width x height, or height x width for 90 and 270 degrees.
 */
export function i420ToRgba(picture: I420Picture, out: Uint8ClampedArray, rotation = 0): void {
  const { data, width: w, height: h } = picture;
  if (out.length < w * h * 4) throw new RangeError(`output holds ${out.length} bytes, needs ${w * h * 4}`);
  const pixels = new Uint32Array(out.buffer, out.byteOffset, w * h);
  const cw = (w + 1) >> 1;
  const uStart = w * h;
  const vStart = uStart + cw * ((h + 1) >> 1);

  // Source pixel (x, y) lands at base + x * stepX + y * stepY of the upright picture.
  let base: number, stepX: number, stepY: number;
  switch (quarterTurns(rotation)) {
    case 0: [base, stepX, stepY] = [0, 1, w]; break;
    case 1: [base, stepX, stepY] = [h - 1, h, -1]; break;
    case 2: [base, stepX, stepY] = [w * h - 1, -1, -w]; break;
    case 3: [base, stepX, stepY] = [(w - 1) * h, -h, 1]; break;
  }

  for (let y = 0; y < h; y++) {
    let src = y * w;
    let c = (y >> 1) * cw;
    let dst = base + y * stepY;
    for (let x = 0; x < w; x += 2, c++) {
      // Two neighbouring pixels share one chroma sample.
      const u = data[uStart + c];
      const v = data[vStart + c];
      const r = RV_TERM[v] + CLAMP_OFFSET * 256;
      const g = GU_TERM[u] + GV_TERM[v] + CLAMP_OFFSET * 256;
      const b = BU_TERM[u] + CLAMP_OFFSET * 256;
      let yy = Y_TERM[data[src++]];
      pixels[dst] = pack(CLAMP[(yy + r) >> 8], CLAMP[(yy + g) >> 8], CLAMP[(yy + b) >> 8]);
      dst += stepX;
      if (x + 1 < w) {
        yy = Y_TERM[data[src++]];
        pixels[dst] = pack(CLAMP[(yy + r) >> 8], CLAMP[(yy + g) >> 8], CLAMP[(yy + b) >> 8]);
        dst += stepX;
      }
    }
  }
}

function pack(r: number, g: number, b: number): number {
  // Negative int32 values store fine: typed arrays wrap modulo 2^32.
  return LITTLE_ENDIAN ? 0xff000000 | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | 0xff;
}
