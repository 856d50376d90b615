/** What one chaos run does. */
export interface ChaosOptions {
  /** Seconds of faults during the show (the settle and the checks come after). */
  seconds: number;
  /** Seed of the fault schedule, the misbehaving tool's messages and every other random choice. */
  seed: number;
  /** Where the JSON report goes. */
  reportPath: string;
}

/** The full run: a few minutes of faults. */
export const DEFAULT_SECONDS = 180;

/** The shortest run that still fits every kind of fault. */
export const MIN_SECONDS = 45;

/**
 * Reads `--seconds=N`, `--seed=N` and `--report=PATH` (also as `--seconds N`); a seed is drawn when none is
 * given, and printed, so a failing run can be replayed.
 */
export function parseChaosOptions(argv: readonly string[], randomSeed = () => Math.floor(Math.random() * 2 ** 31)): ChaosOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(seconds|seed|report)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown option "${argv[i]}": use --seconds=N, --seed=N, --report=PATH`);
    values.set(m[1], m[2] ?? argv[++i] ?? '');
  }
  const integer = (name: string, fallback: number, min: number): number => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
    return n;
  };
  const seconds = integer('seconds', DEFAULT_SECONDS, MIN_SECONDS);
  const seed = integer('seed', randomSeed(), 0);
  return { seconds, seed, reportPath: values.get('report') || `test-results/chaos/chaos-${seed}.json` };
}
