import { encodeFrame, i420Length, type StreamKey } from '@broadcast-core/bridge';

import { VirtualClock } from '../time/clock';
import { BudgetedLink, CATCH_UP_CHECK_MS, type OwedAcks } from './window-budget';

const BIG = 'remote:anna:big' as StreamKey;

/** A link whose backlog the spec sets, recording what went through. */
function fakeLink() {
  const sent: string[] = [];
  const frames: Uint8Array[] = [];
  const link = { backlog: 0, sent, frames };
  return {
    link,
    windowLink: { send: (text: string) => sent.push(text), sendFrame: (bytes: Uint8Array) => frames.push(bytes), backlog: () => link.backlog },
  };
}

const frame = (stream: StreamKey, n: number) =>
  encodeFrame({ stream, width: 2, height: 2, rotation: 0, timestamp: n, frameNo: n }, new Uint8Array(i420Length(2, 2)).fill(n));

function budgeted(budget = 1000) {
  const clock = new VirtualClock();
  const { link, windowLink } = fakeLink();
  const caughtUp: OwedAcks[] = [];
  const budget$ = new BudgetedLink(windowLink, clock, (owed) => caughtUp.push(owed), budget);
  return { clock, link, budget: budget$, caughtUp };
}

describe('BudgetedLink', () => {
  it('sends everything while the backlog and the message fit the budget', () => {
    const t = budgeted();
    t.link.backlog = 900;
    t.budget.send('x'.repeat(100));
    t.budget.sendFrame(frame('local', 1));
    expect(t.link.sent).toHaveLength(1);
    expect(t.link.frames).toHaveLength(1);
    expect(t.budget.isBehind).toBe(false);
  });

  it('skips actions and frames once the budget would be passed, and keeps skipping until the backlog drains', () => {
    const t = budgeted();
    t.link.backlog = 950;
    t.budget.send('x'.repeat(100));
    expect(t.budget.isBehind).toBe(true);
    // Even a message that would fit now is skipped: a window that is behind misses nothing in between.
    t.link.backlog = 0;
    t.budget.send('y');
    t.budget.sendFrame(frame('local', 2));
    expect(t.link.sent).toEqual([]);
    expect(t.link.frames).toEqual([]);
  });

  it('lets one message larger than the budget through to a window with nothing waiting', () => {
    const t = budgeted(100);
    t.budget.send('x'.repeat(500));
    expect(t.link.sent).toHaveLength(1);
    expect(t.budget.isBehind).toBe(false);
  });

  it('sends answers past the budget, up to twice the budget', () => {
    const t = budgeted();
    t.link.backlog = 2000;
    t.budget.send('action');
    t.budget.answer('result');
    expect(t.link.sent).toEqual(['result']);
    // A window that sends and never reads: its answers stop too.
    t.link.backlog = 2001;
    t.budget.answer('another');
    expect(t.link.sent).toEqual(['result']);
  });

  it('hears the window caught up once its backlog is down to a quarter of the budget, with the frames it was owed', () => {
    const t = budgeted();
    t.link.backlog = 2000;
    t.budget.sendFrame(frame('local', 1));
    t.budget.sendFrame(frame('local', 2));
    t.budget.sendFrame(frame(BIG, 3));
    t.link.backlog = 300;
    t.clock.advance(CATCH_UP_CHECK_MS * 4);
    expect(t.caughtUp).toEqual([]);
    t.link.backlog = 250;
    t.clock.advance(CATCH_UP_CHECK_MS);
    expect(t.caughtUp).toEqual([
      new Map([
        ['local', 2],
        [BIG, 1],
      ]),
    ]);
    expect(t.budget.isBehind).toBe(false);
    t.budget.send('fresh');
    expect(t.link.sent).toEqual(['fresh']);
    // Checked no more once caught up.
    t.clock.advance(CATCH_UP_CHECK_MS * 10);
    expect(t.caughtUp).toHaveLength(1);
  });

  it('owes nothing for bytes that are not a frame', () => {
    const t = budgeted();
    t.link.backlog = 5000;
    t.budget.sendFrame(new Uint8Array([1, 2, 3]));
    t.link.backlog = 0;
    t.clock.advance(CATCH_UP_CHECK_MS);
    expect(t.caughtUp).toEqual([new Map()]);
  });

  it('stops checking when disposed', () => {
    const t = budgeted();
    t.link.backlog = 5000;
    t.budget.send('x');
    t.budget.dispose();
    t.link.backlog = 0;
    t.clock.advance(CATCH_UP_CHECK_MS * 10);
    expect(t.caughtUp).toEqual([]);
  });

  it('never falls behind on a link that cannot tell its backlog', () => {
    const clock = new VirtualClock();
    const sent: string[] = [];
    const link = new BudgetedLink({ send: (text) => sent.push(text), sendFrame: () => {} }, clock, () => {}, 10);
    link.send('x'.repeat(100));
    expect(sent).toHaveLength(1);
  });

  it('passes a frame port on when the link takes ports, and offers none when it does not', () => {
    const clock = new VirtualClock();
    const ports: unknown[] = [];
    const withPorts = new BudgetedLink({ send: () => {}, sendFrame: () => {}, deliverFramePort: (p) => ports.push(p) }, clock, () => {});
    withPorts.asWindowLink().deliverFramePort?.('port-1');
    expect(ports).toEqual(['port-1']);
    expect(new BudgetedLink({ send: () => {}, sendFrame: () => {} }, clock, () => {}).asWindowLink().deliverFramePort).toBeUndefined();
  });
});
