import { DEFAULT_SECONDS, MIN_SECONDS, parseChaosOptions } from './chaos-options';

describe('parseChaosOptions', () => {
  it('takes --seconds, --seed and --report in either form', () => {
    expect(parseChaosOptions(['--seconds=90', '--seed', '7', '--report=out/r.json'])).toEqual({ seconds: 90, seed: 7, reportPath: 'out/r.json' });
  });

  it('defaults to the full run, a drawn seed, and a report named after the seed', () => {
    expect(parseChaosOptions([], () => 42)).toEqual({ seconds: DEFAULT_SECONDS, seed: 42, reportPath: 'test-results/chaos/chaos-42.json' });
  });

  it('refuses runs shorter than the minimum, non-integers and unknown options', () => {
    expect(() => parseChaosOptions([`--seconds=${MIN_SECONDS - 1}`])).toThrow(/--seconds must be an integer >= 45/);
    expect(() => parseChaosOptions(['--seed=1.5'])).toThrow(/--seed/);
    expect(() => parseChaosOptions(['--seed=-1'])).toThrow(/--seed/);
    expect(() => parseChaosOptions(['--fast'])).toThrow(/unknown option "--fast"/);
  });

  it('keeps a 60-second run (the one npm test makes) within the minimum', () => {
    expect(parseChaosOptions(['--seconds=60', '--seed=1']).seconds).toBe(60);
  });
});
