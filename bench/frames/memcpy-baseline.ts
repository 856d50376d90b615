// The memcpy baselines the frame-transport capacity is measured against. Real frames do not sit in cache: the
// SDK hands over a different picture each time, so the fair baseline copies a stream of distinct frames, a ring
// of sources larger than the last-level cache, into the few destination buffers the frame router cycles through,
// as the product moves them. A copy of one buffer into one other, both cache-warm, is kept for reference only:
// it measures the cache, not the memory the frames travel through.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Destination buffers a (viewer, stream) pair cycles through: two frames in flight, one waiting, one spare. */
export const DESTINATION_BUFFERS = 4;

/** Assumed when the system does not say (a common last-level cache size of one core complex). */
const FALLBACK_LLC_BYTES = 32 * 1024 * 1024;

/** The largest cache of CPU 0 in bytes, from Linux sysfs (`cache/index*`), or 32 MiB where it cannot be read. */
export function lastLevelCacheBytes(): number {
  const dir = '/sys/devices/system/cpu/cpu0/cache';
  try {
    let largest = 0;
    for (const index of readdirSync(dir).filter((d) => d.startsWith('index'))) {
      const m = /^(\d+)([KMG]?)/.exec(readFileSync(`${dir}/${index}/size`, 'utf8').trim());
      if (!m) continue;
      const bytes = Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2] as '' | 'K' | 'M' | 'G'];
      largest = Math.max(largest, bytes);
    }
    return largest || FALLBACK_LLC_BYTES;
  } catch {
    return FALLBACK_LLC_BYTES;
  }
}

/** How many distinct frames of `frameBytes` make a ring twice the last-level cache (at least 4). */
export function frameRingLength(frameBytes: number): number {
  return Math.max(4, Math.ceil((2 * lastLevelCacheBytes()) / frameBytes));
}

/** Distinct buffers of `frameBytes`, each filled with its own value and touched, so every page is mapped. */
export function frameRing(frameBytes: number, count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.alloc(frameBytes, (i * 37 + 11) & 0xff));
}

/** MB/s of Buffer.copy from `sources[i % n]` into `destinations[i % m]`, over about `ms` milliseconds. */
export function copyRate(sources: readonly Buffer[], destinations: readonly Buffer[], ms: number): number {
  const bytes = sources[0].length;
  let copies = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    sources[copies % sources.length].copy(destinations[copies % destinations.length]);
    copies++;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (copies * bytes) / 1e6 / (elapsed / 1000);
}

/** The baselines for frames of `frameBytes`, each buffer allocated once here and reused by every measurement. */
export class MemcpyBaselines {
  /** Distinct source frames, twice the last-level cache together. */
  readonly sources: Buffer[];
  private readonly destinations: Buffer[];
  private readonly warmFrom: Buffer;
  private readonly warmTo: Buffer;

  constructor(readonly frameBytes: number) {
    this.sources = frameRing(frameBytes, frameRingLength(frameBytes));
    this.destinations = frameRing(frameBytes, DESTINATION_BUFFERS);
    this.warmFrom = Buffer.alloc(frameBytes, 77);
    this.warmTo = Buffer.alloc(frameBytes);
  }

  /** The fair baseline, MB/s: the ring of distinct frames into the destination buffers, as the frames travel. */
  frameStream(ms: number): number {
    return copyRate(this.sources, this.destinations, ms);
  }

  /** For reference, MB/s: one buffer copied again and again into one other, both warm in cache. */
  cacheWarm(ms: number): number {
    return copyRate([this.warmFrom], [this.warmTo], ms);
  }

  /** For reference, MB/s: the ring of frames, each into a buffer allocated for it (zero-filled, fresh pages), as the router once did. */
  freshDestination(ms: number): number {
    const bytes = this.frameBytes;
    let copies = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      this.sources[copies % this.sources.length].copy(new Uint8Array(bytes));
      copies++;
      elapsed = performance.now() - start;
    } while (elapsed < ms);
    return (copies * bytes) / 1e6 / (elapsed / 1000);
  }

  /** What the baseline is, in words, for the report. */
  describe(): string {
    const mib = (b: number) => (b / 1024 / 1024).toFixed(0);
    return (
      `Buffer.copy of a ring of ${this.sources.length} distinct ${this.frameBytes}-byte frames (${mib(this.sources.length * this.frameBytes)} MiB, ` +
      `twice the ${mib(lastLevelCacheBytes())} MiB last-level cache) into ${DESTINATION_BUFFERS} reused destination buffers`
    );
  }
}
