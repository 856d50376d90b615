import fc from 'fast-check';

import { VirtualClock } from '../../time/clock';
import { CallbackDelivery } from './callback-delivery';
import type { DeliveryLane } from './delivery-lane';
import { OrderedScheduler } from '../client/ordered-scheduler';

/** A lane whose client records what it emits while it "listens". */
function recordingLane(delivery: CallbackDelivery, got: string[]): DeliveryLane {
  return delivery.lane((name, args) => got.push(`${name}(${args.join(',')})`));
}

describe('CallbackDelivery', () => {
  it('never delivers inside the posting call and keeps posting order over shorter delays', () => {
    const clock = new VirtualClock(0);
    const got: string[] = [];
    const lane = recordingLane(new CallbackDelivery(clock), got);
    lane.listen();
    lane.post('slow', [], 100);
    lane.post('fast', []);
    expect(got).toEqual([]);
    clock.advance(99);
    expect(got).toEqual([]);
    clock.advance(1);
    expect(got).toEqual(['slow()', 'fast()']);
  });

  it('runs every lane on one clock timer', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    const lanes = Array.from({ length: 50 }, () => recordingLane(delivery, got));
    lanes.forEach((lane, i) => {
      lane.listen();
      lane.post('e', [i]);
    });
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(0);
    expect(got).toHaveLength(50);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('defers what a listener posts, to its own lane or another, to the next timer', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    let inside = false;
    const other = delivery.lane((name) => got.push(`${name} ${inside ? 'inside' : 'after'}`));
    const lane: DeliveryLane = delivery.lane((name) => {
      got.push(name);
      if (name !== 'first') return;
      inside = true;
      other.post('nested', []);
      lane.post('own', []);
      inside = false;
    });
    lane.listen();
    other.listen();
    lane.post('first', []);
    clock.advance(0);
    expect(got).toEqual(['first', 'nested after', 'own']);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps delivering after a listener throws, and reports the error', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    const failing = delivery.lane(() => {
      throw new Error('listener failed');
    });
    const other = recordingLane(delivery, got);
    failing.listen();
    other.listen();
    failing.post('x', []);
    failing.post('y', []);
    other.post('next', []);
    expect(() => clock.advance(0)).toThrow('listener failed');
    expect(got).toEqual(['next()']);
    expect(failing.pending).toBe(0);
  });

});

/** One step of a script run against lanes and against per-lane OrderedSchedulers. */
type Step =
  | { kind: 'post'; lane: number; delay: number }
  | { kind: 'postAll'; lane: number; count: number }
  | { kind: 'clear'; lane: number }
  | { kind: 'listen'; lane: number; on: boolean }
  | { kind: 'advance'; ms: number };

const LANES = 4;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('post' as const), lane: fc.nat(LANES - 1), delay: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(60)) }),
  fc.record({ kind: fc.constant('postAll' as const), lane: fc.nat(LANES - 1), count: fc.nat(3) }),
  fc.record({ kind: fc.constant('clear' as const), lane: fc.nat(LANES - 1) }),
  fc.record({ kind: fc.constant('listen' as const), lane: fc.nat(LANES - 1), on: fc.boolean() }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.oneof(fc.constant(0), fc.nat(40)) }),
);

/** What each lane's client received, with the time: from the shared delivery, or from one OrderedScheduler per client. */
function run(steps: Step[], shared: boolean): string[][] {
  const clock = new VirtualClock(0);
  const got: string[][] = Array.from({ length: LANES }, () => []);
  // A client emits to its listener only while it has one, as an EventEmitter does at the moment of emitting.
  const listening = Array.from({ length: LANES }, () => false);
  const emit = (lane: number) => (name: string, args: readonly unknown[]) => {
    if (listening[lane]) got[lane].push(`${clock.now()} ${name}(${args.join(',')})`);
  };
  const delivery = new CallbackDelivery(clock);
  const lanes = got.map((_, i) => delivery.lane(emit(i)));
  const schedulers = got.map(() => new OrderedScheduler(clock));
  let n = 0;
  for (const s of steps) {
    switch (s.kind) {
      case 'post': {
        const name = `e${n++}`;
        if (shared) lanes[s.lane].post(name, [s.lane], s.delay);
        else schedulers[s.lane].schedule(() => emit(s.lane)(name, [s.lane]), s.delay);
        break;
      }
      case 'postAll': {
        const list = Array.from({ length: s.count }, () => ({ name: `e${n++}`, args: [s.lane] }));
        if (shared) lanes[s.lane].postAll(list);
        else for (const c of list) schedulers[s.lane].schedule(() => emit(s.lane)(c.name, c.args), 0);
        break;
      }
      case 'clear':
        if (shared) lanes[s.lane].clear();
        else schedulers[s.lane].clear();
        break;
      case 'listen':
        listening[s.lane] = s.on;
        if (shared && s.on) lanes[s.lane].listen();
        if (shared && !s.on) lanes[s.lane].hush();
        break;
      case 'advance':
        clock.advance(s.ms);
        break;
    }
  }
  clock.advance(1000);
  return got;
}

describe('CallbackDelivery against one OrderedScheduler per client', () => {
  it('gives every client the same callbacks at the same times, whoever listens when', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        expect(run(steps, true)).toEqual(run(steps, false));
      }),
      { numRuns: 400 },
    );
  });
});
