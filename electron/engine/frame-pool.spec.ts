import { FRAME_POOL_SIZE, FramePool, LENT_FRAMES_REMEMBERED } from './frame-pool';

/** Takes a buffer of `length` bytes and lends it as frame `frameNo`, as the router does when it sends a frame. */
function lend(pool: FramePool, frameNo: number, length = 16): Uint8Array {
  const bytes = pool.take(length);
  pool.lend(frameNo);
  return bytes;
}

describe('FramePool', () => {
  it('makes a buffer of the size asked while none came back, then reuses one given back', () => {
    const counts = { allocated: 0, reused: 0 };
    const pool = new FramePool(counts);
    const first = lend(pool, 1);
    expect(first).toHaveLength(16);
    expect(pool.giveBack(1, first)).toBe(true);
    expect(pool.bytes()).toBe(16);
    expect(pool.take(16)).toBe(first);
    expect(pool.take(16)).not.toBe(first);
    expect(counts).toEqual({ allocated: 2, reused: 1 });
    expect(pool.bytes()).toBe(0);
  });

  it('ignores a buffer given back twice', () => {
    const pool = new FramePool();
    const bytes = lend(pool, 1);
    expect(pool.giveBack(1, bytes)).toBe(true);
    expect(pool.giveBack(1, bytes)).toBe(false);
    expect(pool.bytes()).toBe(16);
    // Reused for frame 2: a stale return under frame 1's number still changes nothing.
    expect(lend(pool, 2)).toBe(bytes);
    expect(pool.giveBack(1, bytes)).toBe(false);
    expect(pool.bytes()).toBe(0);
  });

  it('ignores a foreign buffer: one for a frame it never lent, or of another size', () => {
    const pool = new FramePool();
    lend(pool, 1);
    expect(pool.giveBack(7, new Uint8Array(16))).toBe(false);
    expect(pool.giveBack(1, new Uint8Array(15))).toBe(false);
    // The wrong-sized return used up frame 1's lease.
    expect(pool.giveBack(1, new Uint8Array(16))).toBe(false);
    expect(pool.bytes()).toBe(0);
  });

  it('keeps at most its size, however many come back', () => {
    const pool = new FramePool();
    const lent = Array.from({ length: 5 }, (_, i) => lend(pool, i + 1));
    const kept = lent.map((bytes, i) => pool.giveBack(i + 1, bytes));
    expect(kept.filter(Boolean)).toHaveLength(FRAME_POOL_SIZE);
    expect(pool.bytes()).toBe(FRAME_POOL_SIZE * 16);
  });

  it('forgets frames lent long ago, so a buffer that never came back holds nothing', () => {
    const pool = new FramePool();
    const first = lend(pool, 1);
    for (let n = 2; n <= LENT_FRAMES_REMEMBERED + 1; n++) lend(pool, n);
    expect(pool.giveBack(1, first)).toBe(false);
    expect(pool.giveBack(LENT_FRAMES_REMEMBERED + 1, new Uint8Array(16))).toBe(true);
  });

  it('lets go of buffers of the old size when the frame size changes', () => {
    const pool = new FramePool();
    const small = lend(pool, 1, 16);
    pool.giveBack(1, small);
    const big = pool.take(32);
    expect(big).toHaveLength(32);
    expect(pool.bytes()).toBe(0);
    pool.lend(2);
    pool.lend(3);
    // A small buffer still out comes back to nothing; a big one is kept.
    expect(pool.giveBack(2, new Uint8Array(16))).toBe(false);
    expect(pool.giveBack(3, new Uint8Array(32))).toBe(true);
  });
});
