import { i420Length } from '../bridge/frame-codec';
import { i420ToRgba, type I420Picture } from './i420-to-rgba';

/** A picture of one flat colour given as BT.601 limited-range Y, U, V codes. */
function solid(width: number, height: number, [y, u, v]: [number, number, number]): I420Picture {
  const data = new Uint8Array(i420Length(width, height));
  const chroma = ((width + 1) >> 1) * ((height + 1) >> 1);
  data.fill(y, 0, width * height);
  data.fill(u, width * height, width * height + chroma);
  data.fill(v, width * height + chroma);
  return { data, width, height };
}

function pixel(out: Uint8ClampedArray, width: number, x: number, y: number): number[] {
  const i = (y * width + x) * 4;
  return [...out.subarray(i, i + 4)];
}

describe('i420ToRgba', () => {
  // Codes of the BT.601 limited-range colour bars.
  const colours: Array<[string, [number, number, number], [number, number, number]]> = [
    ['black', [16, 128, 128], [0, 0, 0]],
    ['white', [235, 128, 128], [255, 255, 255]],
    ['red', [81, 90, 240], [255, 0, 0]],
    ['green', [145, 54, 34], [0, 255, 0]],
    ['blue', [41, 240, 110], [0, 0, 255]],
    ['mid grey', [126, 128, 128], [128, 128, 128]],
  ];

  it.each(colours)('turns %s into its RGB within 2 levels, opaque', (_name, yuv, rgb) => {
    const out = new Uint8ClampedArray(4 * 2 * 4);
    i420ToRgba(solid(4, 2, yuv), out);
    for (let p = 0; p < 8; p++) {
      const [r, g, b, a] = [...out.subarray(p * 4, p * 4 + 4)];
      expect(Math.abs(r - rgb[0])).toBeLessThanOrEqual(2);
      expect(Math.abs(g - rgb[1])).toBeLessThanOrEqual(2);
      expect(Math.abs(b - rgb[2])).toBeLessThanOrEqual(2);
      expect(a).toBe(255);
    }
  });

  it('clamps codes outside the limited range instead of wrapping', () => {
    const out = new Uint8ClampedArray(4 * 4);
    i420ToRgba(solid(2, 2, [255, 255, 255]), out);
    expect(pixel(out, 2, 0, 0)).toEqual([255, expect.any(Number), 255, 255]);
    i420ToRgba(solid(2, 2, [0, 0, 0]), out);
    expect(pixel(out, 2, 0, 0)).toEqual([0, expect.any(Number), 0, 255]);
  });

  it('shares each chroma sample between a 2x2 block of luma samples', () => {
    // 4x2: left chroma sample red-ish, right one blue-ish; luma flat.
    const picture = solid(4, 2, [81, 128, 128]);
    const u = 8;
    const v = 10;
    picture.data.set([90, 240], u);
    picture.data.set([240, 110], v);
    const out = new Uint8ClampedArray(4 * 8);
    i420ToRgba(picture, out);
    for (const [x, y] of [[0, 0], [1, 0], [0, 1], [1, 1]]) expect(pixel(out, 4, x, y)[0]).toBeGreaterThan(250);
    for (const [x, y] of [[2, 0], [3, 0], [2, 1], [3, 1]]) expect(pixel(out, 4, x, y)[0]).toBeLessThan(120);
  });

  it('handles odd sizes, whose chroma planes round up', () => {
    const out = new Uint8ClampedArray(3 * 3 * 4);
    i420ToRgba(solid(3, 3, [235, 128, 128]), out);
    expect(pixel(out, 3, 2, 2)).toEqual([255, 255, 255, 255]);
  });

  describe('rotation', () => {
    // 3x2 with luma 16..21 in reading order, grey chroma: each output pixel tells which source pixel it came from.
    function numbered(): I420Picture {
      const picture = solid(3, 2, [0, 128, 128]);
      picture.data.set([16, 40, 64, 88, 112, 136]);
      return picture;
    }
    function lumaOrder(rotation: number, width: number, height: number): number[] {
      const out = new Uint8ClampedArray(width * height * 4);
      i420ToRgba(numbered(), out, rotation);
      const codes = [16, 40, 64, 88, 112, 136].map((y) => solid(1, 1, [y, 128, 128]));
      const reds = codes.map((c) => {
        const o = new Uint8ClampedArray(4);
        i420ToRgba(c, o);
        return o[0];
      });
      return Array.from({ length: width * height }, (_, i) => reds.indexOf(out[i * 4]));
    }

    // Source indexes:  0 1 2
    //                  3 4 5
    it('keeps the picture as is at 0 degrees', () => {
      expect(lumaOrder(0, 3, 2)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('turns clockwise at 90 degrees (TRTCVideoRotation 1)', () => {
      expect(lumaOrder(1, 2, 3)).toEqual([3, 0, 4, 1, 5, 2]);
    });

    it('turns upside down at 180 degrees', () => {
      expect(lumaOrder(2, 3, 2)).toEqual([5, 4, 3, 2, 1, 0]);
    });

    it('turns counter-clockwise at 270 degrees', () => {
      expect(lumaOrder(3, 2, 3)).toEqual([2, 5, 1, 4, 0, 3]);
    });
  });

  it('refuses an output too small for the picture', () => {
    expect(() => i420ToRgba(solid(4, 4, [16, 128, 128]), new Uint8ClampedArray(16))).toThrow(RangeError);
  });
});
