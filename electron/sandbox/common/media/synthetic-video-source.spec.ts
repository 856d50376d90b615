import {
  TRTCBeautyStyle,
  TRTCVideoBufferType,
  TRTCVideoFrame,
  TRTCVideoPixelFormat,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
} from 'trtc-electron-sdk/liteav/trtc_define';
import type { BeautyLevels } from './beauty-filter';
import { frameLayout, type Rect } from './frame-layout';
import { resolutionSize } from './resolution-size';
import { insideSkin } from './skin-painter';
import { SyntheticVideoSource } from './synthetic-video-source';

/** A time when the bar is at the left edge, clear of the skin. */
const T0 = Date.UTC(2026, 0, 1, 10, 0, 0);
const WIDTH = 640;
const HEIGHT = 360;
const { TRTCBeautyStyleSmooth: SMOOTH, TRTCBeautyStyleNature: NATURE } = TRTCBeautyStyle;

function source(label = 'alice', width = WIDTH, height = HEIGHT): SyntheticVideoSource {
  const s = new SyntheticVideoSource(label);
  s.setFormat({ width, height, fps: 15 });
  return s;
}

/** A copy of a frame's bytes (the frame's own buffer is overwritten by the next render). */
function pixels(frame: TRTCVideoFrame): Uint8Array {
  return new Uint8Array(frame.data as ArrayBuffer, 0, frame.length).slice();
}

/** Byte equality via Buffer (Jest's deep equality walks typed arrays element by element: far too slow here). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function renderWith(levels: BeautyLevels | undefined, label = 'alice'): Uint8Array {
  const s = source(label);
  if (levels) s.setBeauty(levels);
  return pixels(s.render(T0));
}

/** Mean and standard deviation of one plane over a rectangle (plane offset and width given). */
function stats(data: Uint8Array, offset: number, planeWidth: number, rect: Rect): { mean: number; std: number } {
  let sum = 0;
  let squares = 0;
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const v = data[offset + y * planeWidth + x];
      sum += v;
      squares += v * v;
      n++;
    }
  }
  const mean = sum / n;
  return { mean, std: Math.sqrt(squares / n - mean * mean) };
}

/** A rectangle well inside the skin ellipse, in luma coordinates. */
function skinCore(): Rect {
  const { cx, cy, rx, ry } = frameLayout(WIDTH, HEIGHT, 'alice'.length).skin;
  return { x: Math.round(cx - rx / 2), y: Math.round(cy - ry / 2), width: Math.round(rx), height: Math.round(ry) };
}

function lumaStats(data: Uint8Array) {
  return stats(data, 0, WIDTH, skinCore());
}

function chromaStats(data: Uint8Array, plane: 'u' | 'v') {
  const core = skinCore();
  const half = { x: Math.ceil(core.x / 2), y: Math.ceil(core.y / 2), width: Math.floor(core.width / 2), height: Math.floor(core.height / 2) };
  const offset = WIDTH * HEIGHT + (plane === 'v' ? (WIDTH / 2) * (HEIGHT / 2) : 0);
  return stats(data, offset, WIDTH / 2, half);
}

const levels = (style: TRTCBeautyStyle, beauty: number, white: number, ruddiness: number): BeautyLevels => ({ style, beauty, white, ruddiness });

describe('SyntheticVideoSource', () => {
  describe('frames', () => {
    it('returns an I420 TRTCVideoFrame of the format size for every resolution and orientation', () => {
      for (const resolution of Object.values(TRTCVideoResolution).filter((v): v is TRTCVideoResolution => typeof v === 'number')) {
        for (const mode of [TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait]) {
          const { width, height } = resolutionSize(resolution, mode);
          const frame = source('user_1', width, height).render(T0 + 5);
          expect(frame).toBeInstanceOf(TRTCVideoFrame);
          expect(frame.data).toBeInstanceOf(ArrayBuffer);
          expect({ ...frame, data: frame.data?.byteLength }).toEqual({
            videoFormat: TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420,
            bufferType: TRTCVideoBufferType.TRTCVideoBufferType_Buffer,
            data: (width * height * 3) / 2,
            textureId: 0,
            length: (width * height * 3) / 2,
            width,
            height,
            timestamp: T0 + 5,
            rotation: 0,
          });
        }
      }
    });

    it('renders 640x360 until a format is set, rounds odd sizes down to even, and rejects nonsense', () => {
      const s = new SyntheticVideoSource('bob');
      expect([s.render(0).width, s.render(0).height]).toEqual([640, 360]);
      s.setFormat({ width: 321, height: 179, fps: 15 });
      expect([s.render(0).width, s.render(0).height, s.render(0).length]).toEqual([320, 178, (320 * 178 * 3) / 2]);
      expect(() => s.setFormat({ width: 0, height: 360, fps: 15 })).toThrow(RangeError);
      expect(() => s.setFormat({ width: 640, height: Number.NaN, fps: 15 })).toThrow(RangeError);
      expect(() => s.setFormat({ width: 640, height: 360, fps: -1 })).toThrow(RangeError);
    });

    it('reuses the frame and its buffer between renders, and replaces the buffer only on a size change', () => {
      const s = source();
      const first = s.render(T0);
      const buffer = first.data;
      const second = s.render(T0 + 66);
      expect(second).toBe(first);
      expect(second.data).toBe(buffer);
      s.setFormat({ width: WIDTH, height: HEIGHT, fps: 30 });
      expect(s.render(T0 + 100).data).toBe(buffer);
      s.setFormat({ width: 320, height: 180, fps: 15 });
      const resized = s.render(T0 + 133);
      expect(resized.data).not.toBe(buffer);
      expect(resized.data?.byteLength).toBe((320 * 180 * 3) / 2);
    });

    it('is deterministic: the same label, format and time give the same picture', () => {
      expect(sameBytes(pixels(source().render(T0 + 1234)), pixels(source().render(T0 + 1234)))).toBe(true);
    });

    it('moves: the bar moves between consecutive frames and the clock every 100 ms', () => {
      const s = source();
      const a = pixels(s.render(T0));
      const b = pixels(s.render(T0 + 33));
      const c = pixels(s.render(T0 + 2033)); // one sweep later: the bar is back where it was, the clock is 2 s on
      const diff = (p: Uint8Array, q: Uint8Array) => p.reduce((n, v, i) => n + (v !== q[i] ? 1 : 0), 0);
      expect(diff(a, b)).toBeGreaterThan(HEIGHT * 10); // at least the bar's leading edge, full height
      expect(diff(b, c)).toBeGreaterThan(0); // bar at the same place, clock seconds differ

      const clock = frameLayout(WIDTH, HEIGHT, 5).clockPlate;
      const clockPixels = (p: Uint8Array) => Array.from({ length: clock.height }, (_, r) => p.subarray((clock.y + r) * WIDTH + clock.x, (clock.y + r) * WIDTH + clock.x + clock.width).join()).join();
      const t1 = T0 + 1000; // the bar is mid-picture, away from the clock digits compared below
      expect(clockPixels(pixels(s.render(t1 + 150)))).not.toBe(clockPixels(pixels(s.render(t1 + 50))));
    });

    it('shows different users differently: background colour and label', () => {
      const alice = renderWith(undefined, 'alice');
      const bob = renderWith(undefined, 'bob');
      const differing = alice.reduce((n, v, i) => n + (v !== bob[i] ? 1 : 0), 0);
      expect(differing).toBeGreaterThan(alice.length / 2);

      // Backgrounds (top-left chroma) of twenty users: nearly all distinct.
      const corners = new Set<string>();
      for (let i = 0; i < 20; i++) {
        const frame = renderWith(undefined, `user_${i}`);
        corners.add(`${frame[WIDTH * HEIGHT]},${frame[WIDTH * HEIGHT + (WIDTH / 2) * (HEIGHT / 2)]}`);
      }
      expect(corners.size).toBeGreaterThanOrEqual(18);
    });

    it('draws any label: empty, very long, or outside the font', () => {
      for (const label of ['', 'x'.repeat(200), '主播-01', 'émile 😀']) {
        const frame = source(label, 160, 90).render(T0);
        expect(frame.length).toBe((160 * 90 * 3) / 2);
      }
      expect(sameBytes(renderWith(undefined, '主播'), renderWith(undefined, '??'))).toBe(false); // same glyphs, different colour
    });

    it('survives a consumer that transfers (detaches) the buffer by painting into a new one', () => {
      const s = source();
      const expected = pixels(s.render(T0));
      const frame = s.render(T0);
      structuredClone(frame.data, { transfer: [frame.data as ArrayBuffer] });
      const next = s.render(T0);
      expect(next.data?.byteLength).toBe(expected.length);
      expect(sameBytes(pixels(next), expected)).toBe(true);
    });
  });

  describe('beauty', () => {
    it('has no effect at level 0 in either style', () => {
      const plain = renderWith(undefined);
      expect(sameBytes(renderWith(levels(SMOOTH, 0, 0, 0)), plain)).toBe(true);
      expect(sameBytes(renderWith(levels(NATURE, 0, 0, 0)), plain)).toBe(true);
      expect(sameBytes(renderWith(levels(NATURE, 1, 0, 0)), plain)).toBe(false);
    });

    it('smooths the skin texture in proportion to the beauty level, the smooth style more than nature', () => {
      const base = lumaStats(renderWith(undefined)).std;
      expect(base).toBeGreaterThan(10);
      for (const beauty of [3, 6, 9]) {
        const smooth = lumaStats(renderWith(levels(SMOOTH, beauty, 0, 0))).std / base;
        const nature = lumaStats(renderWith(levels(NATURE, beauty, 0, 0))).std / base;
        expect(smooth).toBeCloseTo(1 - 0.9 * (beauty / 9), 1);
        expect(nature).toBeCloseTo(1 - 0.6 * (beauty / 9), 1);
        expect(smooth).toBeLessThan(nature - 0.05);
      }
      expect(lumaStats(renderWith(levels(SMOOTH, 9, 0, 0))).std).toBeLessThan(base / 5);
    });

    it('brightens the skin in proportion to the white level, leaving its texture', () => {
      const base = lumaStats(renderWith(undefined));
      const rises = [1, 3, 9].map((white) => {
        const now = lumaStats(renderWith(levels(SMOOTH, 0, white, 0)));
        expect(now.std).toBeCloseTo(base.std, 0);
        return now.mean - base.mean;
      });
      expect(rises[0]).toBeGreaterThan(2);
      expect(rises[1] / rises[0]).toBeCloseTo(3, 1);
      expect(rises[2] / rises[0]).toBeCloseTo(9, 1);
    });

    it('shifts the skin towards red in proportion to the ruddiness level (V up, U down)', () => {
      const baseV = chromaStats(renderWith(undefined), 'v').mean;
      const baseU = chromaStats(renderWith(undefined), 'u').mean;
      const vRise = (r: number) => chromaStats(renderWith(levels(SMOOTH, 0, 0, r)), 'v').mean - baseV;
      expect(vRise(2)).toBeGreaterThanOrEqual(4);
      expect(Math.abs(vRise(4) - 2 * vRise(2))).toBeLessThanOrEqual(1);
      expect(Math.abs(vRise(8) - 4 * vRise(2))).toBeLessThanOrEqual(1);
      expect(chromaStats(renderWith(levels(SMOOTH, 0, 0, 9)), 'u').mean).toBeLessThan(baseU - 5);
    });

    it('changes nothing outside the skin', () => {
      const plain = renderWith(undefined);
      const beautified = renderWith(levels(SMOOTH, 9, 9, 9));
      const skin = frameLayout(WIDTH, HEIGHT, 5).skin;
      const changed = { inside: 0, outside: [] as string[] };
      for (let y = 0; y < HEIGHT; y++) {
        for (let x = 0; x < WIDTH; x++) {
          if (plain[y * WIDTH + x] === beautified[y * WIDTH + x]) continue;
          if (insideSkin(skin, x, y)) changed.inside++;
          else changed.outside.push(`${x},${y}`);
        }
      }
      expect(changed.outside).toEqual([]);
      expect(changed.inside).toBeGreaterThan(1000);
      // Chroma: only inside the skin's half-resolution ellipse.
      const chroma = { ...skin, cx: skin.cx / 2, cy: skin.cy / 2, rx: skin.rx / 2, ry: skin.ry / 2 };
      const outsideChroma: string[] = [];
      for (let y = 0; y < HEIGHT / 2; y++) {
        for (let x = 0; x < WIDTH / 2; x++) {
          const u = WIDTH * HEIGHT + y * (WIDTH / 2) + x;
          const v = u + (WIDTH / 2) * (HEIGHT / 2);
          if ((plain[u] !== beautified[u] || plain[v] !== beautified[v]) && !insideSkin(chroma, x, y)) outsideChroma.push(`${x},${y}`);
        }
      }
      expect(outsideChroma).toEqual([]);
    });

    it('gives the same picture when beauty changes mid-stream as when it was set from the start', () => {
      const s = source();
      s.render(T0);
      s.setBeauty(levels(NATURE, 5, 2, 7));
      s.render(T0 + 33);
      s.setBeauty(levels(SMOOTH, 8, 4, 1));
      expect(sameBytes(pixels(s.render(T0)), renderWith(levels(SMOOTH, 8, 4, 1)))).toBe(true);
    });
  });
});
