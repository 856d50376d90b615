// Counts large byte copies made by JavaScript in this thread (TypedArray set/slice, Buffer copy/concat,
// ArrayBuffer slice), so the frame benchmark can check "one copy per viewer out of the SDK's buffer", and how many
// of them went into a buffer never written before (a fresh allocation per frame rather than a reused buffer).
// Node's own internals copy through primordials and are not seen; neither are kernel copies (socket writes).
import type { CopyCounts } from './show-load';

/** A counter installed in this thread. */
export interface CopyCounter {
  read(): CopyCounts;
  reset(): void;
  /** Attribute each counted copy to the function that made it (a stack capture per copy: only for short audits). */
  attribute(on: boolean): void;
  /** Puts the original methods back. */
  uninstall(): void;
}

type AnyFn = (...args: never[]) => unknown;

/** The first stack frame outside this file, as `function (file)`. */
function callSite(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frames = stack.split('\n').slice(1).map((l) => l.trim());
  const frame = frames.find((f) => !f.includes('copy-counter')) ?? 'unknown';
  const m = /^at (?:(\S+) )?\(?(.*?):\d+:\d+\)?$/.exec(frame);
  if (!m) return frame;
  const file = m[2].split(/[\\/]/).pop() ?? m[2];
  return `${m[1] ?? '<anonymous>'} (${file})`;
}

/** Installs the counter; copies smaller than `minBytes` (headers, keys) are ignored. */
export function installCopyCounter(minBytes = 64 * 1024): CopyCounter {
  const counts: CopyCounts = { calls: 0, bytes: 0, freshTargets: 0, bySite: {} };
  const seenTargets = new WeakSet<ArrayBufferLike>();
  let attributing = false;
  const note = (bytes: number, target?: ArrayBufferLike) => {
    if (bytes < minBytes) return;
    counts.calls++;
    counts.bytes += bytes;
    if (target && !seenTargets.has(target)) {
      seenTargets.add(target);
      counts.freshTargets++;
    }
    if (attributing) {
      const site = callSite();
      counts.bySite[site] = (counts.bySite[site] ?? 0) + bytes;
    }
  };

  const typedProto = Object.getPrototypeOf(Uint8Array.prototype) as { set: AnyFn; slice: AnyFn };
  const originals = {
    set: typedProto.set,
    slice: typedProto.slice,
    copy: Buffer.prototype.copy,
    concat: Buffer.concat,
    abSlice: ArrayBuffer.prototype.slice,
  };
  typedProto.set = function (this: ArrayLike<number> & { BYTES_PER_ELEMENT: number; buffer: ArrayBufferLike }, source: ArrayLike<number>, offset?: number) {
    note((source?.length ?? 0) * this.BYTES_PER_ELEMENT, this.buffer);
    return originals.set.call(this, source as never, offset as never);
  } as AnyFn;
  typedProto.slice = function (this: { length: number; BYTES_PER_ELEMENT: number }, start?: number, end?: number) {
    const result = originals.slice.call(this, start as never, end as never) as { byteLength: number; buffer: ArrayBufferLike };
    note(result.byteLength, result.buffer);
    return result;
  } as AnyFn;
  Buffer.prototype.copy = function (this: Buffer, target: Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number) {
    const copied = originals.copy.call(this, target, targetStart, sourceStart, sourceEnd);
    note(copied, target.buffer);
    return copied;
  };
  Buffer.concat = function (list: readonly Uint8Array[], totalLength?: number) {
    const result = originals.concat.call(Buffer, list, totalLength);
    note(result.length, result.buffer);
    return result;
  } as typeof Buffer.concat;
  ArrayBuffer.prototype.slice = function (this: ArrayBuffer, begin?: number, end?: number) {
    const result = originals.abSlice.call(this, begin, end);
    note(result.byteLength, result);
    return result;
  };

  return {
    read: () => ({ calls: counts.calls, bytes: counts.bytes, freshTargets: counts.freshTargets, bySite: { ...counts.bySite } }),
    reset: () => {
      counts.calls = 0;
      counts.bytes = 0;
      counts.freshTargets = 0;
      counts.bySite = {};
    },
    attribute: (on) => {
      attributing = on;
    },
    uninstall: () => {
      typedProto.set = originals.set;
      typedProto.slice = originals.slice;
      Buffer.prototype.copy = originals.copy;
      Buffer.concat = originals.concat;
      ArrayBuffer.prototype.slice = originals.abSlice;
    },
  };
}
