/** Returned buffers one (viewer, stream) pair keeps: a frame waiting plus one spare covers an ack's turn. */
export const FRAME_POOL_SIZE = 2;

/** Frames a pair remembers lending; a buffer back later than that many newer frames is left to the GC. */
export const LENT_FRAMES_REMEMBERED = 8;

/** How many frame buffers were made afresh and how many were reused, across pools. */
export interface FrameBufferCounts {
  allocated: number;
  reused: number;
}

/**
 * The frame buffers of one (viewer, stream) pair. Each frame leaves in one of them, moved to the viewer;
 * a viewer done with a frame may give its buffer back, and a later frame is written there: a buffer whose
 * pages are already mapped, instead of a fresh zero-filled allocation that costs more than the copy itself.
 * Only the buffer of a frame this pair lent and has not had back, of the current frame size, comes back
 * in, and at most `size` wait here; the rest are left to the GC.
 */
export class FramePool {
  private readonly spare: Uint8Array[] = [];
  /** Numbers of the frames lent and not back, oldest first. */
  private readonly lent: number[] = [];
  /** Bytes of the newest frame: buffers of another size are of no more use. */
  private length = 0;

  constructor(
    private readonly counts: FrameBufferCounts = { allocated: 0, reused: 0 },
    private readonly size = FRAME_POOL_SIZE,
    private readonly remembered = LENT_FRAMES_REMEMBERED,
  ) {}

  /** A buffer of exactly `length` bytes for the next frame: one given back when there is one, else a new one. */
  take(length: number): Uint8Array {
    if (length !== this.length) {
      this.length = length;
      this.spare.length = 0;
    }
    const reused = this.spare.pop();
    if (reused) {
      this.counts.reused++;
      return reused;
    }
    this.counts.allocated++;
    return new Uint8Array(length);
  }

  /** The frame numbered `frameNo` left in a buffer of this pool. */
  lend(frameNo: number): void {
    this.lent.push(frameNo);
    if (this.lent.length > this.remembered) this.lent.shift();
  }

  /**
   * Takes back the buffer of the lent frame `frameNo`. False, and the buffer is not kept, for a frame not
   * lent or already back (a buffer returned twice), one of another size, or when the pool is full.
   */
  giveBack(frameNo: number, bytes: Uint8Array): boolean {
    const i = this.lent.indexOf(frameNo);
    if (i < 0) return false;
    this.lent.splice(i, 1);
    if (bytes.byteLength !== this.length || this.spare.length >= this.size) return false;
    this.spare.push(bytes);
    return true;
  }

  /** Bytes waiting here for reuse. */
  bytes(): number {
    return this.spare.length * this.length;
  }
}
