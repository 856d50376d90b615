import { VoiceActivity } from './voice-activity';

const START = Date.UTC(2026, 0, 1, 10, 0, 0);
const STEP_MS = 50;

/** Volumes over a minute, sampled every STEP_MS. */
function minute(seed: string, start = START): number[] {
  const voice = new VoiceActivity(seed);
  return Array.from({ length: 60_000 / STEP_MS }, (_, i) => voice.volumeAt(start + i * STEP_MS));
}

/** Longest run of consecutive samples that pass a test, in ms. */
function longestRunMs(volumes: number[], test: (v: number) => boolean): number {
  let best = 0;
  let run = 0;
  for (const v of volumes) {
    run = test(v) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best * STEP_MS;
}

const SEEDS = ['alice', 'bob', 'host_7', 'guest-42', 'x'];

describe('VoiceActivity', () => {
  it('is deterministic for a seed and a time, whatever the query order or instance', () => {
    const forward = minute('alice');
    const voice = new VoiceActivity('alice');
    const backward = forward.map((_, i) => forward.length - 1 - i).map((i) => voice.volumeAt(START + i * STEP_MS)).reverse();
    expect(backward).toEqual(forward);
    expect(minute('alice')).toEqual(forward);
  });

  it('gives different voices different patterns', () => {
    expect(minute('alice')).not.toEqual(minute('bob'));
  });

  it('reports whole volumes within 0-100 at any time', () => {
    const voice = new VoiceActivity('range');
    for (const t of [0, -1, -123_456_789, 1e13, 2 ** 53, START + 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const v = voice.volumeAt(t);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    for (const seed of SEEDS) {
      expect(minute(seed).filter((v) => !(v >= 0 && v <= 100 && Number.isInteger(v)))).toEqual([]);
    }
  });

  it('speaks in spurts separated by pauses over a minute', () => {
    for (const seed of SEEDS) {
      const volumes = minute(seed);
      const speech = volumes.filter((v) => v >= 20).length / volumes.length;
      const silence = volumes.filter((v) => v <= 2).length / volumes.length;
      const where = { seed };
      expect({ ...where, speech: speech > 0.2 && speech < 0.8 }).toEqual({ ...where, speech: true });
      expect({ ...where, silence: silence > 0.15 && silence < 0.8 }).toEqual({ ...where, silence: true });
      expect(longestRunMs(volumes, (v) => v > 2)).toBeGreaterThanOrEqual(1000); // a talk spurt of a second or more
      expect(longestRunMs(volumes, (v) => v <= 2)).toBeGreaterThanOrEqual(500); // a real pause
      expect(new Set(volumes.filter((v) => v > 2)).size).toBeGreaterThan(20); // syllables, not a flat level
    }
  });
});
