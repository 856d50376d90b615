import { inflateSync } from 'zlib';

import { bgraPngDataUrl, crc32 } from './png-data-url';

/** The chunks of a PNG file, each with its type, data and whether its CRC holds. */
function chunks(file: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: file.readUInt32BE(at + 8 + length) === crc32(file.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

function decode(url: string): Buffer {
  expect(url.startsWith('data:image/png;base64,')).toBe(true);
  return Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
}

describe('crc32', () => {
  it('matches the check value of the standard', () => {
    expect(crc32(Buffer.from('123456789', 'ascii'))).toBe(0xcbf43926);
  });
});

describe('bgraPngDataUrl', () => {
  it('writes an RGBA PNG whose rows hold the BGRA pixels reordered, every chunk checked', () => {
    const bgra = Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 128, 7, 8, 9, 0, 10, 11, 12, 255]);
    const file = decode(bgraPngDataUrl(2, 2, bgra));
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(file);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const ihdr = parts[0].data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([2, 2, 8, 6, 0, 0, 0]);
    expect([...inflateSync(parts[1].data)]).toEqual([0, 3, 2, 1, 255, 6, 5, 4, 128, 0, 9, 8, 7, 0, 12, 11, 10, 255]);
  });

  it('keeps a flat thumbnail far smaller than its raw pixels', () => {
    const bgra = new Uint8Array(128 * 72 * 4).fill(200);
    expect(decode(bgraPngDataUrl(128, 72, bgra)).length).toBeLessThan(1024);
  });

  it('refuses a buffer too small for the picture', () => {
    expect(() => bgraPngDataUrl(2, 2, new Uint8Array(8))).toThrow(RangeError);
  });
});
