/** Bytes of a BMP file header and a BITMAPINFOHEADER. */
const HEADER_BYTES = 14 + 40;

/**
 * A BGRA picture as a `data:image/bmp` URL, which any window shows in an <img> without a canvas: a 32-bit
 * BMP stores pixels as BGRA already, so the SDK's thumbnail goes in unconverted (top-down rows, hence the
 * negative height).
 */
export function bgraBmpDataUrl(width: number, height: number, bgra: Uint8Array): string {
  const pixelBytes = width * height * 4;
  if (bgra.length < pixelBytes) throw new RangeError(`a ${width}x${height} BGRA picture needs ${pixelBytes} bytes, got ${bgra.length}`);
  const file = Buffer.alloc(HEADER_BYTES + pixelBytes);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(HEADER_BYTES, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(-height, 22);
  file.writeUInt16LE(1, 26); // planes
  file.writeUInt16LE(32, 28); // bits per pixel
  file.writeUInt32LE(0, 30); // BI_RGB
  file.writeUInt32LE(pixelBytes, 34);
  file.set(bgra.subarray(0, pixelBytes), HEADER_BYTES);
  return `data:image/bmp;base64,${file.toString('base64')}`;
}
