import { CLOCK_LENGTH, writeClockText } from './clock-text';

function clock(timestampMs: number): string {
  const out = new Uint8Array(CLOCK_LENGTH);
  writeClockText(timestampMs, out);
  return String.fromCharCode(...out);
}

describe('writeClockText', () => {
  it('writes the UTC time of day as HH:MM:SS.t', () => {
    expect(clock(Date.UTC(2026, 0, 1, 12, 34, 56, 789))).toBe('12:34:56.7');
    expect(clock(Date.UTC(2026, 0, 1, 23, 59, 59, 999))).toBe('23:59:59.9');
    expect(clock(0)).toBe('00:00:00.0');
    expect(clock(100.9)).toBe('00:00:00.1');
  });

  it('changes every 100 ms', () => {
    const base = Date.UTC(2026, 0, 1, 8, 0, 0);
    const texts = [0, 99, 100, 199, 200].map((dt) => clock(base + dt));
    expect(texts).toEqual(['08:00:00.0', '08:00:00.0', '08:00:00.1', '08:00:00.1', '08:00:00.2']);
  });

  it('wraps times before the epoch into the day', () => {
    expect(clock(-100)).toBe('23:59:59.9');
  });
});
