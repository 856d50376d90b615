import { VirtualClock } from '../../time/clock';
import { CallbackDelivery } from './callback-delivery';
import type { DeliveryLane } from './delivery-lane';

/** A lane whose client records what it emits. */
function recordingLane(delivery: CallbackDelivery, got: string[]): DeliveryLane {
  return delivery.lane((name, args) => got.push(`${name}(${args.join(',')})`));
}

describe('DeliveryLane', () => {
  it('delivers a posted list in order, and the list stays as given', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    const shared = [
      { name: 'a', args: [1] },
      { name: 'b', args: [2] },
    ] as const;
    const [one, two] = [recordingLane(delivery, got), recordingLane(delivery, got)];
    one.listen();
    two.listen();
    one.postAll(shared);
    two.post('c', []);
    two.postAll(shared);
    expect(one.pending).toBe(2);
    expect(two.pending).toBe(3);
    clock.advance(0);
    expect(got).toEqual(['a(1)', 'b(2)', 'c()', 'a(1)', 'b(2)']);
    expect(shared).toEqual([
      { name: 'a', args: [1] },
      { name: 'b', args: [2] },
    ]);
  });

  it('drops a lane on clear, even in the middle of a list, and leaves no timer', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    let lane: DeliveryLane | undefined = undefined;
    lane = delivery.lane((name) => {
      got.push(name);
      lane?.clear();
    });
    lane.listen();
    lane.postAll([
      { name: 'a', args: [] },
      { name: 'b', args: [] },
    ]);
    lane.post('c', [], 50);
    clock.advance(100);
    expect(got).toEqual(['a']);
    expect(lane.pending).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('lets callbacks of a client nobody listens to expire at the next flush, but hands them to a listener that comes first', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    const lane = recordingLane(delivery, got);
    lane.post('early', []);
    lane.listen(); // before the flush: still told
    clock.advance(0);
    lane.hush();
    lane.post('unheard', []);
    clock.advance(0); // emitted to no one
    lane.listen();
    lane.post('late', []);
    clock.advance(0);
    expect(got).toEqual(['early()', 'late()']);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('closes a lane: nothing queued or posted later is delivered', () => {
    const clock = new VirtualClock(0);
    const delivery = new CallbackDelivery(clock);
    const got: string[] = [];
    const lane = recordingLane(delivery, got);
    lane.listen();
    lane.post('a', []);
    lane.close();
    lane.post('b', []);
    clock.advance(10);
    expect(got).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
