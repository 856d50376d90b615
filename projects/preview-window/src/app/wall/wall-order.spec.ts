import { MAX_SAVED_ORDER, moveWithin, orderToSave, orderUsers } from './wall-order';

const users = (...ids: string[]) => ids.map((userId) => ({ userId }));
const ids = (list: { userId: string }[]) => list.map((u) => u.userId);

describe('orderUsers', () => {
  it('keeps arrival order when nothing is saved', () => {
    expect(ids(orderUsers(users('a', 'b', 'c'), []))).toEqual(['a', 'b', 'c']);
  });

  it('puts saved users first in saved order, then the others in arrival order', () => {
    expect(ids(orderUsers(users('a', 'b', 'c', 'd', 'e'), ['d', 'b']))).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('skips saved users who are not present and ignores repeats in the saved order', () => {
    expect(ids(orderUsers(users('a', 'b', 'c'), ['x', 'c', 'y', 'a', 'c']))).toEqual(['c', 'a', 'b']);
  });

  it('returns the same user objects', () => {
    const list = users('a', 'b');
    expect(orderUsers(list, ['b'])[0]).toBe(list[1]);
  });
});

describe('moveWithin', () => {
  it('moves within the whole list', () => {
    expect(moveWithin(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveWithin(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('moves within a part and leaves everyone else in their slots', () => {
    // The own-room column (a, c, e) is reordered; the PK users b and d stay where they were.
    expect(moveWithin(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e'], 2, 0)).toEqual(['e', 'b', 'a', 'd', 'c']);
  });

  it('clamps indexes out of range and copes with an empty part', () => {
    expect(moveWithin(['a', 'b', 'c'], ['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveWithin(['a', 'b'], [], 0, 1)).toEqual(['a', 'b']);
  });

  it('does not change its arguments', () => {
    const full = ['a', 'b'];
    const shown = ['a', 'b'];
    moveWithin(full, shown, 0, 1);
    expect(full).toEqual(['a', 'b']);
    expect(shown).toEqual(['a', 'b']);
  });
});

describe('orderToSave', () => {
  it('keeps users who are away after the present ones, so they get their place back', () => {
    expect(orderToSave(['c', 'a'], ['a', 'gone', 'c', 'left'])).toEqual(['c', 'a', 'gone', 'left']);
  });

  it('stays within the preference limit', () => {
    const previous = Array.from({ length: MAX_SAVED_ORDER }, (_, i) => `old${i}`);
    const saved = orderToSave(['new'], previous);
    expect(saved).toHaveLength(MAX_SAVED_ORDER);
    expect(saved[0]).toBe('new');
  });
});
