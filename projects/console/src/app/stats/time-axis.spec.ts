import { TIME_STEPS, clockTimes, timeRange } from './time-axis';

/** Unix seconds of a local wall-clock time, so the specs hold in any time zone. */
function localSeconds(hours: number, minutes: number, seconds: number): number {
  return new Date(2026, 10, 22, hours, minutes, seconds).getTime() / 1000;
}

describe('timeRange', () => {
  it('spans the samples from the oldest to the newest', () => {
    expect(timeRange([1_700_000_000, 1_700_000_002, 1_700_000_004.5])).toEqual([1_700_000_000, 1_700_000_004.5]);
  });

  it('gives a lone sample a 2-second window around it, so the axis reads the time it was taken, not 00:00:00', () => {
    const at = localSeconds(9, 44, 12);
    const range = timeRange([at]);
    expect(range).toEqual([at - 1, at + 1]);
    expect(clockTimes(range as [number, number])).toEqual(['09:44:11', '09:44:13']);
  });

  it('treats samples all taken at the same moment like a lone sample', () => {
    expect(timeRange(Float64Array.of(50, 50))).toEqual([49, 51]);
  });

  it('leaves the range open when there are no samples', () => {
    expect(timeRange([])).toEqual([null, null]);
  });
});

describe('clockTimes', () => {
  it('writes each split as a zero-padded 24-hour local time', () => {
    expect(clockTimes([localSeconds(9, 4, 7), localSeconds(21, 30, 0), localSeconds(0, 0, 59)])).toEqual(['09:04:07', '21:30:00', '00:00:59']);
  });

  it.each(TIME_STEPS.map((step) => [step]))('labels two ticks %d s apart with different times', (step) => {
    const [a, b] = clockTimes([localSeconds(9, 44, 12), localSeconds(9, 44, 12) + step]);
    expect(a).not.toBe(b);
  });
});
