import { deflateSync } from 'zlib';

/** The eight bytes every PNG file starts with. */
const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The CRC-32 table PNG chunks are checked with (ISO 3309, as the PNG spec gives it). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A BGRA picture as a `data:image/png` URL, which any window shows in an <img> without a canvas. PNG rather
 * than an uncompressed bitmap because these URLs live in room state, which every snapshot carries to every
 * window: a 128×72 screen thumbnail is 49 KB as a base64 BMP and a few KB as a PNG.
 */
export function bgraPngDataUrl(width: number, height: number, bgra: Uint8Array): string {
  const pixelBytes = width * height * 4;
  if (bgra.length < pixelBytes) throw new RangeError(`a ${width}x${height} BGRA picture needs ${pixelBytes} bytes, got ${bgra.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method choice, not interlaced
  // Each row starts with its filter type (0: none), then RGBA pixels.
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4) + 1;
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = row + x * 4;
      rows[to] = bgra[from + 2];
      rows[to + 1] = bgra[from + 1];
      rows[to + 2] = bgra[from];
      rows[to + 3] = bgra[from + 3];
    }
  }
  const file = Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array(0))]);
  return `data:image/png;base64,${file.toString('base64')}`;
}
