import { VirtualClock } from './clock';

describe('VirtualClock', () => {
  it('fires timers in due order and only when time is advanced', () => {
    const clock = new VirtualClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 20);
    clock.setTimeout(() => fired.push('a'), 10);
    const every = clock.setInterval(() => fired.push('i'), 15);
    clock.advance(9);
    expect(fired).toEqual([]);
    clock.advance(21);
    expect(fired).toEqual(['a', 'i', 'b', 'i']);
    expect(clock.now()).toBe(1030);
    clock.clearInterval(every);
    clock.advance(100);
    expect(fired).toHaveLength(4);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('runs timers scheduled by other timers within the same advance', () => {
    const clock = new VirtualClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 5), 5);
    clock.advance(10);
    expect(fired).toEqual([10]);
  });
});

describe('VirtualClock.stall', () => {
  it('moves time on without firing; what fell due fires late, once, at the next advance', () => {
    const clock = new VirtualClock(0);
    const fired: number[] = [];
    clock.setInterval(() => fired.push(clock.now()), 100);
    clock.setTimeout(() => fired.push(-clock.now()), 50);
    clock.stall(350);
    expect(fired).toEqual([]);
    clock.advance(0);
    expect(fired).toEqual([-350, 350]);
    clock.advance(100);
    expect(fired).toEqual([-350, 350, 450]);
  });
});
