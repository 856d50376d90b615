import { hashInts, hashString, highWord, lowWord, unitInterval } from './stable-hash';

/** Time is cut into blocks; each holds at most one talk spurt, so any instant is computed without history. */
const BLOCK_MS = 4000;
/** Share of blocks with no speech at all (longer pauses). */
const SILENT_BLOCK_SHARE = 0.2;
/** A spurt starts 100-1300 ms into its block, lasts at least 1200 ms and ends 100 ms before the block does. */
const SPURT_EARLIEST_START_MS = 100;
const SPURT_START_SPREAD_MS = 1200;
const SPURT_MIN_MS = 1200;
const SPURT_END_GAP_MS = 100;
/** Fade in and out of a spurt. */
const RAMP_MS = 60;
/** Syllable rhythm: about five a second, as in conversational speech. */
const SYLLABLE_MS = 200;
/** Room noise between spurts: 0 to this value. */
const NOISE_FLOOR = 2;
/** Volume reported while silent is re-drawn this often. */
const NOISE_MS = 100;

/**
 * A simulated microphone level: talk spurts with a syllable rhythm, separated by pauses, in TRTC's 0-100
 * volume scale. A pure function of seed and time, so every consumer (and every replay) agrees.
 */
export class VoiceActivity {
  private readonly seed: number;
  /** This speaker's loudest syllables: voices differ in loudness. */
  private readonly peak: number;

  /** A voice identified by `seed` (for example the userId). */
  constructor(seed: string) {
    this.seed = hashString(seed);
    this.peak = 60 + (this.seed % 36);
  }

  /** The volume (integer 0-100) at a time in milliseconds. */
  volumeAt(timestampMs: number): number {
    if (!Number.isFinite(timestampMs)) return 0;
    const t = Math.floor(timestampMs);
    const noiseSlot = Math.floor(t / NOISE_MS);
    const noise = hashInts(this.seed ^ 0x6e6f6973, lowWord(noiseSlot), highWord(noiseSlot)) % (NOISE_FLOOR + 1);
    const gain = this.spurtGain(t);
    if (gain === 0) return noise;
    const syllable = Math.floor(t / SYLLABLE_MS);
    const phase = (t - syllable * SYLLABLE_MS) / SYLLABLE_MS;
    const stress = 0.45 + 0.55 * unitInterval(hashInts(this.seed ^ 0x73796c6c, lowWord(syllable), highWord(syllable)));
    const shape = 0.3 + 0.7 * Math.sin(Math.PI * phase);
    return Math.max(noise, Math.min(100, Math.round(this.peak * gain * stress * shape)));
  }

  /** 0 outside a talk spurt, 1 inside it, ramping at its edges. */
  private spurtGain(t: number): number {
    const block = Math.floor(t / BLOCK_MS);
    const offset = t - block * BLOCK_MS;
    const blockHash = hashInts(this.seed, lowWord(block), highWord(block));
    if (unitInterval(blockHash) < SILENT_BLOCK_SHARE) return 0;
    const start = SPURT_EARLIEST_START_MS + unitInterval(hashInts(blockHash, 1)) * SPURT_START_SPREAD_MS;
    const longest = BLOCK_MS - SPURT_END_GAP_MS - start;
    const end = start + SPURT_MIN_MS + unitInterval(hashInts(blockHash, 2)) * (longest - SPURT_MIN_MS);
    if (offset <= start || offset >= end) return 0;
    return Math.min(1, (offset - start) / RAMP_MS, (end - offset) / RAMP_MS);
  }
}
