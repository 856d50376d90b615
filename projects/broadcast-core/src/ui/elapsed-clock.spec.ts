import { elapsedSince, formatElapsed } from './elapsed-clock';

describe('formatElapsed', () => {
  it('shows m:ss under an hour and h:mm:ss from an hour on, never negative', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_600_000 + 62_000)).toBe('1:01:02');
    expect(formatElapsed(-5000)).toBe('0:00');
  });
});

describe('elapsedSince', () => {
  it('is null when nothing runs, and the time since the start otherwise', () => {
    expect(elapsedSince(null, 10_000)).toBeNull();
    expect(elapsedSince(4000, 129_000)).toBe('2:05');
  });
});
