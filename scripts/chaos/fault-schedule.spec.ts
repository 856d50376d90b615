import { MIN_GAP_MS, faultSchedule } from './fault-schedule';

describe('faultSchedule', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(faultSchedule(60, 5)).toEqual(faultSchedule(60, 5));
    expect(faultSchedule(60, 5)).not.toEqual(faultSchedule(60, 6));
  });

  it('has every kind of fault in a 60-second run, within the fault window and in order', () => {
    const schedule = faultSchedule(60, 1);
    const kinds = new Set(schedule.map((p) => p.fault.kind));
    expect([...kinds].sort()).toEqual(['engine-crash', 'misbehaving-tool', 'network-drop-console', 'network-drop-guest', 'socket-drop', 'timeout-enter', 'timeout-pk', 'window-kill', 'window-reload']);
    for (const p of schedule) expect(p.at).toBeGreaterThanOrEqual(0);
    for (const p of schedule) expect(p.at).toBeLessThan(60_000);
    expect(schedule.map((p) => p.at)).toEqual([...schedule.map((p) => p.at)].sort((a, b) => a - b));
  });

  it('keeps the spread faults apart, and arms the timeouts before the first enter and each PK', () => {
    for (const seed of [1, 2, 3, 99]) {
      const spread = faultSchedule(60, seed).filter((p) => p.fault.kind !== 'timeout-pk' && p.fault.kind !== 'timeout-enter');
      for (let i = 1; i < spread.length; i++) expect(spread[i].at - spread[i - 1].at).toBeGreaterThanOrEqual(MIN_GAP_MS);
    }
    const timeouts = faultSchedule(100, 4).filter((p) => p.fault.kind.startsWith('timeout'));
    expect(timeouts).toEqual([
      { at: 0, fault: { kind: 'timeout-enter' } },
      { at: 19_500, fault: { kind: 'timeout-pk' } },
      { at: 69_500, fault: { kind: 'timeout-pk' } },
    ]);
  });

  it('crashes the engine once per started minute, in each mode in turn', () => {
    const crashes = faultSchedule(180, 3).filter((p) => p.fault.kind === 'engine-crash');
    expect(new Set(crashes.map((c) => (c.fault.kind === 'engine-crash' ? c.fault.mode : '')))).toEqual(new Set(['exit', 'hang', 'throw']));
  });
});
