import { firstDifference } from './state-diff';

describe('firstDifference', () => {
  it('is null for states equal once through JSON, whatever the key order', () => {
    expect(firstDifference({ a: 1, b: { c: [1, 2], d: undefined } }, { b: { c: [1, 2] }, a: 1 })).toBeNull();
  });

  it('names the first differing path', () => {
    expect(firstDifference({ session: { status: 'in-room' } }, { session: { status: 'idle' } })).toBe('session.status: "in-room" vs "idle"');
    expect(firstDifference({ a: [1, 2] }, { a: [1, 3] })).toBe('a.1: 2 vs 3');
    expect(firstDifference({ a: {} }, { a: [] })).toBe('a: {} vs []');
  });
});
