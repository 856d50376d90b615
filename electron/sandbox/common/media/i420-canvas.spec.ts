import { I420Canvas } from './i420-canvas';

function canvas(width: number, height: number): I420Canvas {
  return new I420Canvas(new Uint8Array((width * height * 3) / 2), width, height);
}

describe('I420Canvas', () => {
  it('lays out Y, then U, then V at half resolution', () => {
    const c = canvas(8, 4);
    expect([c.uOffset, c.vOffset, c.chromaWidth, c.chromaHeight]).toEqual([32, 40, 4, 2]);
  });

  it('rejects odd sizes and short buffers', () => {
    expect(() => new I420Canvas(new Uint8Array(100), 7, 4)).toThrow(RangeError);
    expect(() => new I420Canvas(new Uint8Array(10), 8, 4)).toThrow(RangeError);
  });

  it('fills a rectangle widened to even edges in all three planes, clipped to the picture', () => {
    const c = canvas(8, 4);
    c.fillRect(1, 1, 2, 2, { y: 200, u: 90, v: 160 }); // covers x 0..3, y 0..3 once even
    const y = Array.from(c.data.subarray(0, 32));
    expect(y.slice(0, 8)).toEqual([200, 200, 200, 200, 0, 0, 0, 0]);
    expect(y.slice(24, 32)).toEqual([200, 200, 200, 200, 0, 0, 0, 0]);
    expect(Array.from(c.data.subarray(c.uOffset, c.vOffset))).toEqual([90, 90, 0, 0, 90, 90, 0, 0]);
    expect(Array.from(c.data.subarray(c.vOffset))).toEqual([160, 160, 0, 0, 160, 160, 0, 0]);
    c.fillRect(6, -10, 50, 50, { y: 1, u: 2, v: 3 });
    expect(c.data[7]).toBe(1);
    expect(c.data[5]).toBe(0);
  });

  it('lightens a rectangle halfway to white and to neutral chroma', () => {
    const c = canvas(4, 2);
    c.data.fill(35, 0, 8);
    c.data.fill(64, 8);
    c.lightenRect(0, 0, 2, 2);
    expect(Array.from(c.data.subarray(0, 4))).toEqual([135, 135, 35, 35]);
    expect([c.data[c.uOffset], c.data[c.uOffset + 1], c.data[c.vOffset]]).toEqual([96, 64, 96]);
  });

  it('fills luma rows clipped to the picture', () => {
    const c = canvas(4, 2);
    c.fillLumaRow(1, -2, 2, 9);
    c.fillLumaRow(5, 0, 4, 9);
    expect(Array.from(c.data.subarray(0, 8))).toEqual([0, 0, 0, 0, 9, 9, 0, 0]);
  });
});
