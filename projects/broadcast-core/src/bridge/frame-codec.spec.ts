import fc from 'fast-check';

import { decodeFrame, encodeFrame, i420Length, type EncodedFrameInfo } from './frame-codec';
import type { StreamKey } from './stream-key';

const HEADER = 32;

/** A frame of the given size whose bytes count up, so misplaced planes show. */
function sample(stream: StreamKey, width: number, height: number, extra: Partial<EncodedFrameInfo> = {}) {
  const info: EncodedFrameInfo = { stream, width, height, rotation: 1, timestamp: 123456.5, frameNo: 42, ...extra };
  const data = Uint8Array.from({ length: i420Length(width, height) }, (_, i) => i % 251);
  return { info, data, bytes: encodeFrame(info, data) };
}

/** A copy of `bytes` with one header field rewritten. */
function patched(bytes: Uint8Array, write: (view: DataView) => void): Uint8Array {
  const copy = bytes.slice();
  write(new DataView(copy.buffer));
  return copy;
}

const streamKey: fc.Arbitrary<StreamKey> = fc.oneof(
  fc.constant('local' as const),
  fc
    .record({ userId: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), size: fc.constantFrom('big', 'small') })
    .map(({ userId, size }) => `remote:${userId}:${size}` as StreamKey),
);

describe('i420Length', () => {
  it('counts a full Y plane and two quarter chroma planes, rounding odd sizes up', () => {
    expect(i420Length(4, 2)).toBe(12);
    expect(i420Length(640, 360)).toBe(345_600);
    expect(i420Length(3, 3)).toBe(9 + 2 * 4);
    expect(i420Length(1, 1)).toBe(3);
    expect(i420Length(0, 0)).toBe(0);
  });
});

describe('encodeFrame / decodeFrame', () => {
  it('round-trips the header and the planes', () => {
    const { info, data, bytes } = sample('remote:anna:big', 6, 4);
    expect(decodeFrame(bytes)).toEqual({ ...info, data });
  });

  it('pads the stream key so the planes start 4-byte aligned', () => {
    for (const stream of ['local', 'remote:a:big', 'remote:ab:big', 'remote:abc:big', 'remote:abcd:small'] as StreamKey[]) {
      const { bytes, data } = sample(stream, 2, 2);
      const dataStart = bytes.length - data.length;
      expect(dataStart % 4).toBe(0);
      expect(dataStart - HEADER).toBeGreaterThanOrEqual(new TextEncoder().encode(stream).length);
      expect(dataStart - HEADER).toBeLessThan(new TextEncoder().encode(stream).length + 4);
    }
  });

  it('reads a frame inside a larger buffer without copying its planes', () => {
    const { info, data, bytes } = sample('local', 4, 2);
    const buffer = new Uint8Array(bytes.length + 13);
    buffer.set(bytes, 5);
    const view = buffer.subarray(5, 5 + bytes.length);
    const decoded = decodeFrame(view)!;
    expect(decoded).toEqual({ ...info, data });
    expect(decoded.data.buffer).toBe(buffer.buffer);
    expect(decoded.data.byteOffset).toBe(5 + bytes.length - data.length);
  });

  it('round-trips any header and any planes', () => {
    fc.assert(
      fc.property(
        streamKey,
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double(),
        fc.integer({ min: 0, max: 0xffff_ffff }),
        fc.integer({ min: 0, max: 255 }),
        (stream, width, height, rotation, timestamp, frameNo, seed) => {
          const info = { stream, width, height, rotation, timestamp, frameNo };
          const data = Uint8Array.from({ length: i420Length(width, height) }, (_, i) => (i * 31 + seed) & 0xff);
          expect(decodeFrame(encodeFrame(info, data))).toEqual({ ...info, data });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns null for every truncation and for trailing bytes', () => {
    const { bytes } = sample('remote:ben:small', 5, 3);
    for (let length = 0; length < bytes.length; length++) expect(decodeFrame(bytes.subarray(0, length))).toBeNull();
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(decodeFrame(longer)).toBeNull();
  });

  it.each<[string, (view: DataView) => void]>([
    ['a wrong magic byte', (v) => v.setUint8(0, 0x00)],
    ['another version', (v) => v.setUint8(1, 2)],
    ['a key length that moves the planes', (v) => v.setUint16(2, v.getUint16(2, true) + 4, true)],
    ['a huge key length', (v) => v.setUint16(2, 0xffff, true)],
    ['a wider width', (v) => v.setUint32(4, v.getUint32(4, true) + 1, true)],
    ['a taller height', (v) => v.setUint32(8, v.getUint32(8, true) + 1, true)],
    ['a size whose planes would overflow 32 bits', (v) => { v.setUint32(4, 0xffff_ffff, true); v.setUint32(8, 0xffff_ffff, true); }],
    ['a data length one short', (v) => v.setUint32(28, v.getUint32(28, true) - 1, true)],
    ['a data length one long', (v) => v.setUint32(28, v.getUint32(28, true) + 1, true)],
    // 'remote:anna:big' is 15 bytes, padded to 16: a length of 13 still lines the planes up.
    ['a key length shortened within its padding', (v) => v.setUint16(2, 13, true)],
    ['a rotation beyond 270 degrees', (v) => v.setUint16(12, 4, true)],
  ])('returns null for %s', (_label, write) => {
    const { bytes } = sample('remote:anna:big', 6, 4);
    expect(decodeFrame(patched(bytes, write))).toBeNull();
  });

  it('never throws on arbitrary bytes, and whatever it accepts is self-consistent', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        const decoded = decodeFrame(bytes);
        if (decoded) expect(decoded.data.length).toBe(i420Length(decoded.width, decoded.height));
      }),
      { numRuns: 1_000 },
    );
  });

  it('never throws on valid frames with a byte flipped', () => {
    const { bytes } = sample('remote:cai:small', 4, 4);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (index, xor) => {
        const copy = bytes.slice();
        copy[index] ^= xor;
        const decoded = decodeFrame(copy);
        if (index < 2 || (index >= 4 && index < 12) || (index >= 28 && index < 32)) expect(decoded).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
