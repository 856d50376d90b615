import fc from 'fast-check';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Rect } from '../../common/media/frame-layout';
import { I420Canvas } from '../../common/media/i420-canvas';
import { i420ByteLength } from '../../common/media/video-format';
import type { YuvColor } from '../../common/media/yuv-color';
import { composeMix, evenBox, type MixLayer } from './mix-compositor';
import { mixColor } from './mix-color';
import { PLACEHOLDER_TEXT_LUMA, placeholderLabelPlacement } from './placeholder-label';

const FILL = TRTCVideoFillMode.TRTCVideoFillMode_Fill;
const FIT = TRTCVideoFillMode.TRTCVideoFillMode_Fit;

const BACKGROUND = mixColor(0x61b9f1);
const BOX_BACKGROUND = mixColor(0x202020);
const COLORS: YuvColor[] = [mixColor(0xe03030), mixColor(0x30c030), mixColor(0x3030e0), mixColor(0xe0e030), mixColor(0xa030a0)];

function canvas(width: number, height: number): I420Canvas {
  return new I420Canvas(new Uint8Array(i420ByteLength(width, height)), width, height);
}

function solid(width: number, height: number, color: YuvColor): I420Canvas {
  const picture = canvas(width, height);
  picture.fillRect(0, 0, width, height, color);
  return picture;
}

/** The Y, U and V of one pixel. */
function pixel(c: I420Canvas, x: number, y: number): YuvColor {
  const chroma = (y >> 1) * c.chromaWidth + (x >> 1);
  return { y: c.data[y * c.width + x], u: c.data[c.uOffset + chroma], v: c.data[c.vOffset + chroma] };
}

/** Every pixel of a region that differs from the colour, as "x,y". */
function offColor(c: I420Canvas, region: Rect, color: YuvColor): string[] {
  const off: string[] = [];
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const p = pixel(c, x, y);
      if (p.y !== color.y || p.u !== color.u || p.v !== color.v) off.push(`${x},${y}`);
    }
  }
  return off;
}

function videoLayer(box: Rect, zOrder: number, picture: I420Canvas, fillMode = FILL): MixLayer {
  return { box, zOrder, fillMode, background: BOX_BACKGROUND, content: { kind: 'video', picture } };
}

describe('composeMix', () => {
  it('puts each source in its box, in its colour, and the background everywhere else', () => {
    const out = canvas(320, 180);
    const left = { x: 0, y: 0, width: 150, height: 180 };
    const right = { x: 170, y: 20, width: 150, height: 140 };
    composeMix(out, BACKGROUND, [videoLayer(left, 1, solid(64, 36, COLORS[0])), videoLayer(right, 2, solid(64, 36, COLORS[1]))]);
    expect(offColor(out, left, COLORS[0])).toEqual([]);
    expect(offColor(out, right, COLORS[1])).toEqual([]);
    expect(offColor(out, { x: 150, y: 0, width: 20, height: 180 }, BACKGROUND)).toEqual([]);
    expect(offColor(out, { x: 170, y: 0, width: 150, height: 20 }, BACKGROUND)).toEqual([]);
    expect(offColor(out, { x: 170, y: 160, width: 150, height: 20 }, BACKGROUND)).toEqual([]);
  });

  it('paints the higher zOrder over the lower where boxes overlap, whatever the list order', () => {
    const out = canvas(200, 200);
    const low = videoLayer({ x: 0, y: 0, width: 120, height: 120 }, 3, solid(32, 32, COLORS[0]));
    const high = videoLayer({ x: 80, y: 80, width: 120, height: 120 }, 7, solid(32, 32, COLORS[1]));
    for (const order of [[low, high], [high, low]]) {
      composeMix(out, BACKGROUND, order);
      expect(offColor(out, { x: 80, y: 80, width: 40, height: 40 }, COLORS[1])).toEqual([]);
      expect(offColor(out, { x: 0, y: 0, width: 80, height: 80 }, COLORS[0])).toEqual([]);
    }
  });

  it('fits a wide picture into a square box with the box background above and below, and fills it edge to edge', () => {
    const box = { x: 20, y: 20, width: 200, height: 200 };
    const wide = solid(320, 180, COLORS[2]);
    const fit = canvas(240, 240);
    composeMix(fit, BACKGROUND, [videoLayer(box, 1, wide, FIT)]);
    // 320x180 scaled to 200 wide is 112 high (rounded to even), centred: rows 20-63 and 176-219 are bars.
    expect(offColor(fit, { x: 20, y: 64, width: 200, height: 112 }, COLORS[2])).toEqual([]);
    expect(offColor(fit, { x: 20, y: 20, width: 200, height: 44 }, BOX_BACKGROUND)).toEqual([]);
    expect(offColor(fit, { x: 20, y: 176, width: 200, height: 44 }, BOX_BACKGROUND)).toEqual([]);
    const fill = canvas(240, 240);
    composeMix(fill, BACKGROUND, [videoLayer(box, 1, wide, FILL)]);
    expect(offColor(fill, box, COLORS[2])).toEqual([]);
  });

  it('crops a filled picture evenly on both sides: a 4:1 picture of four stripes shows the middle two in a square box', () => {
    const stripes = canvas(400, 100);
    COLORS.slice(0, 4).forEach((color, i) => stripes.fillRect(i * 100, 0, 100, 100, color));
    const out = canvas(100, 100);
    composeMix(out, BACKGROUND, [videoLayer({ x: 0, y: 0, width: 100, height: 100 }, 1, stripes, FILL)]);
    expect(offColor(out, { x: 0, y: 0, width: 50, height: 100 }, COLORS[1])).toEqual([]);
    expect(offColor(out, { x: 50, y: 0, width: 50, height: 100 }, COLORS[2])).toEqual([]);
  });

  it("shows a user whose video is off as its box background with the user's name in the middle", () => {
    const out = canvas(320, 180);
    const box = { x: 0, y: 0, width: 320, height: 180 };
    composeMix(out, BACKGROUND, [{ box, zOrder: 1, fillMode: FILL, background: BOX_BACKGROUND, content: { kind: 'placeholder', label: 'guest' } }]);
    const label = placeholderLabelPlacement(box, 'guest'.length)!;
    expect(label.scale).toBeGreaterThan(1);
    const labelLuma = new Set<number>();
    const wrong: string[] = [];
    for (let y = 0; y < 180; y++) {
      for (let x = 0; x < 320; x++) {
        const p = pixel(out, x, y);
        // Glyphs are GLYPH_ROWS (9) font pixels tall, descenders included.
        const inLabel = x >= label.x && y >= label.y && y < label.y + 9 * label.scale && x < 320 - label.x;
        if (p.u !== BOX_BACKGROUND.u || p.v !== BOX_BACKGROUND.v || (!inLabel && p.y !== BOX_BACKGROUND.y)) wrong.push(`${x},${y}`);
        if (inLabel) labelLuma.add(p.y);
      }
    }
    expect(wrong).toEqual([]);
    expect([...labelLuma].sort()).toEqual([BOX_BACKGROUND.y, PLACEHOLDER_TEXT_LUMA].sort());
  });

  it('colours every pixel by the topmost box that covers it, or the background (any boxes, any zOrders)', () => {
    const side = fc.integer({ min: 0, max: 63 });
    const layer = fc.record({ left: side, top: side, width: fc.integer({ min: 1, max: 64 }), height: fc.integer({ min: 1, max: 48 }) });
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 5 }), fc.array(layer, { minLength: 5, maxLength: 5 }), (zOrders, rects) => {
        const out = canvas(96, 80);
        const layers = zOrders.map((zOrder, i) => {
          const r = rects[i];
          const box = evenBox({ left: r.left, top: r.top, right: Math.min(96, r.left + r.width), bottom: Math.min(80, r.top + r.height) });
          return { ...videoLayer(box, zOrder, solid(16, 16, COLORS[i])), color: COLORS[i] };
        });
        composeMix(out, BACKGROUND, layers);
        const top = [...layers].sort((a, b) => b.zOrder - a.zOrder);
        for (let y = 0; y < 80; y += 3) {
          for (let x = 0; x < 96; x += 3) {
            const covering = top.find(({ box }) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
            expect(pixel(out, x, y)).toEqual(covering?.color ?? BACKGROUND);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('evenBox', () => {
  it('turns a TRTC rect into a box with even edges and at least 2x2', () => {
    expect(evenBox({ left: 0, top: 0, right: 640, bottom: 360 })).toEqual({ x: 0, y: 0, width: 640, height: 360 });
    expect(evenBox({ left: 3, top: 5, right: 101, bottom: 7 })).toEqual({ x: 2, y: 4, width: 98, height: 2 });
  });
});
