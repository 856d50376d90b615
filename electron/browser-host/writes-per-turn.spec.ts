import { writesPerTurn } from './writes-per-turn';

describe('writesPerTurn', () => {
  it('corks the socket at the first write of a turn and uncorks it once, when the turn ends', () => {
    const calls: string[] = [];
    const later: (() => void)[] = [];
    const batch = writesPerTurn({ cork: () => calls.push('cork'), uncork: () => calls.push('uncork') }, (fn) => later.push(fn));
    batch();
    batch();
    batch();
    expect(calls).toEqual(['cork']);
    expect(later).toHaveLength(1);
    later.shift()!();
    expect(calls).toEqual(['cork', 'uncork']);
    // A new turn corks again.
    batch();
    expect(calls).toEqual(['cork', 'uncork', 'cork']);
    expect(later).toHaveLength(1);
  });
});
