import { VirtualClock } from '../../time/clock';
import { OrderedScheduler } from './ordered-scheduler';
import { TimerSet } from '../common/timer-set';

describe('OrderedScheduler', () => {
  it('never runs a task inside the scheduling call and keeps scheduling order over shorter delays', () => {
    const clock = new VirtualClock(0);
    const scheduler = new OrderedScheduler(clock);
    const ran: string[] = [];
    scheduler.schedule(() => ran.push('slow'), 100);
    scheduler.schedule(() => ran.push('fast'), 0);
    expect(ran).toEqual([]);
    clock.advance(99);
    expect(ran).toEqual([]);
    clock.advance(1);
    expect(ran).toEqual(['slow', 'fast']);
  });

  it('defers tasks queued by a running task to a later timer', () => {
    const clock = new VirtualClock(0);
    const scheduler = new OrderedScheduler(clock);
    const ran: string[] = [];
    let insideFirst = false;
    scheduler.schedule(() => {
      insideFirst = true;
      scheduler.schedule(() => ran.push(insideFirst ? 'nested-inside' : 'nested-after'));
      insideFirst = false;
      ran.push('first');
    });
    clock.advance(0);
    expect(ran).toEqual(['first', 'nested-after']);
  });

  it('drops queued tasks on clear, even in the middle of a flush', () => {
    const clock = new VirtualClock(0);
    const scheduler = new OrderedScheduler(clock);
    const ran: string[] = [];
    scheduler.schedule(() => {
      ran.push('a');
      scheduler.clear();
    });
    scheduler.schedule(() => ran.push('b'));
    clock.advance(10);
    expect(ran).toEqual(['a']);
    expect(scheduler.pending).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps delivering after a task throws, and reports the error', () => {
    const clock = new VirtualClock(0);
    const scheduler = new OrderedScheduler(clock);
    const ran: string[] = [];
    scheduler.schedule(() => {
      throw new Error('listener failed');
    });
    scheduler.schedule(() => ran.push('next'));
    expect(() => clock.advance(0)).toThrow('listener failed');
    expect(ran).toEqual(['next']);
  });
});

describe('TimerSet', () => {
  it('cancels all its timers at once', () => {
    const clock = new VirtualClock(0);
    const timers = new TimerSet(clock);
    let ticks = 0;
    timers.every(10, () => ticks++);
    timers.after(50, () => ticks += 100);
    clock.advance(30);
    timers.cancelAll();
    clock.advance(100);
    expect(ticks).toBe(3);
    expect(timers.size).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });
});
