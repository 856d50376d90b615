import { parseStreamKey, type StreamKey } from './stream-key';

/** One I420 video frame as it travels from the broker to a window. */
export interface EncodedFrameInfo {
  stream: StreamKey;
  width: number;
  height: number;
  /** TRTCVideoRotation of the frame (0-3). */
  rotation: number;
  timestamp: number;
  /** Counts frames per stream, so a viewer can tell frames were skipped. */
  frameNo: number;
}

/** A decoded frame: the header and a view of the I420 planes (Y, then U, then V). */
export interface DecodedFrame extends EncodedFrameInfo {
  data: Uint8Array;
}

const MAGIC = 0xf1;
const VERSION = 1;
const FIXED_HEADER = 32;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Bytes an I420 frame of this size takes. */
export function i420Length(width: number, height: number): number {
  return width * height + 2 * ((width + 1) >> 1) * ((height + 1) >> 1);
}

/** Bytes the encoded message of a frame takes: header, padded stream key, I420 data. */
export function encodedFrameLength(stream: StreamKey, dataLength: number): number {
  return FIXED_HEADER + ((encoder.encode(stream).length + 3) & ~3) + dataLength;
}

/**
 * Packs a frame into one binary message: a 32-byte header, the stream key
 * (padded to 4 bytes), then the I420 data, copied once. Writes into `target`
 * when given (it must be exactly `encodedFrameLength` long), so a sender can
 * reuse a buffer instead of allocating one per frame.
 */
export function encodeFrame(info: EncodedFrameInfo, data: Uint8Array, target?: Uint8Array): Uint8Array {
  const key = encoder.encode(info.stream);
  const keyPadded = (key.length + 3) & ~3;
  const length = FIXED_HEADER + keyPadded + data.length;
  if (target && target.length !== length) throw new RangeError(`encodeFrame: target holds ${target.length} bytes, the frame needs ${length}`);
  const out = target ?? new Uint8Array(length);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint8(0, MAGIC);
  view.setUint8(1, VERSION);
  view.setUint16(2, key.length, true);
  view.setUint32(4, info.width, true);
  view.setUint32(8, info.height, true);
  view.setUint16(12, info.rotation, true);
  view.setUint16(14, 0, true);
  view.setFloat64(16, info.timestamp, true);
  view.setUint32(24, info.frameNo, true);
  view.setUint32(28, data.length, true);
  out.set(key, FIXED_HEADER);
  out.fill(0, FIXED_HEADER + key.length, FIXED_HEADER + keyPadded);
  out.set(data, FIXED_HEADER + keyPadded);
  return out;
}

/** Reads a frame message without copying its data; null when the bytes are not a well-formed frame. */
export function decodeFrame(bytes: Uint8Array): DecodedFrame | null {
  if (bytes.length < FIXED_HEADER) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== MAGIC || view.getUint8(1) !== VERSION) return null;
  const keyLength = view.getUint16(2, true);
  const width = view.getUint32(4, true);
  const height = view.getUint32(8, true);
  const dataLength = view.getUint32(28, true);
  const dataStart = FIXED_HEADER + ((keyLength + 3) & ~3);
  if (dataStart + dataLength !== bytes.length || dataLength !== i420Length(width, height)) return null;
  const stream = decoder.decode(bytes.subarray(FIXED_HEADER, FIXED_HEADER + keyLength));
  const rotation = view.getUint16(12, true);
  // A key length changed within its padding still lines up: check the key itself, and that rotation is 0-3.
  if (!parseStreamKey(stream) || rotation > 3) return null;
  return {
    stream: stream as StreamKey,
    width,
    height,
    rotation,
    timestamp: view.getFloat64(16, true),
    frameNo: view.getUint32(24, true),
    data: bytes.subarray(dataStart, dataStart + dataLength),
  };
}
