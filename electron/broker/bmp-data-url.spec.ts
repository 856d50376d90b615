import { bgraBmpDataUrl } from './bmp-data-url';

describe('bgraBmpDataUrl', () => {
  it('wraps BGRA pixels unchanged in a top-down 32-bit BMP', () => {
    const bgra = Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255]);
    const url = bgraBmpDataUrl(2, 1, bgra);
    expect(url.startsWith('data:image/bmp;base64,')).toBe(true);
    const file = Buffer.from(url.slice('data:image/bmp;base64,'.length), 'base64');
    expect(file.toString('ascii', 0, 2)).toBe('BM');
    expect(file.readUInt32LE(2)).toBe(54 + 8);
    expect([file.readInt32LE(18), file.readInt32LE(22), file.readUInt16LE(28)]).toEqual([2, -1, 32]);
    expect([...file.subarray(54)]).toEqual([...bgra]);
  });

  it('refuses a buffer too small for the picture', () => {
    expect(() => bgraBmpDataUrl(2, 2, new Uint8Array(8))).toThrow(RangeError);
  });
});
