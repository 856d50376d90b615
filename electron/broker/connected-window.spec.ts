import { VirtualClock } from '../time/clock';
import { ConnectedWindow } from './connected-window';
import { WINDOW_RATE_LIMITS } from './rate-limit';
import type { BudgetedLink } from './window-budget';

describe('ConnectedWindow', () => {
  const setUp = () => {
    const clock = new VirtualClock();
    const sent: string[] = [];
    let disposed = false;
    const link = { dispose: () => (disposed = true) } as unknown as BudgetedLink;
    const window = new ConnectedWindow(link, 'view', clock, () => sent.push('snapshot'));
    return { clock, sent, window, disposed: () => disposed };
  };

  it('sends a snapshot owed for refused resyncs once, when the resync limit allows', () => {
    const { clock, sent, window } = setUp();
    for (let i = 0; i < WINDOW_RATE_LIMITS.resyncs.burst; i++) expect(window.allow('resyncs')).toBe(true);
    expect(window.allow('resyncs')).toBe(false);
    window.oweSnapshot();
    window.oweSnapshot();
    clock.advance(1000 / WINDOW_RATE_LIMITS.resyncs.perSecond - 1);
    expect(sent).toEqual([]);
    clock.advance(1);
    expect(sent).toEqual(['snapshot']);
    clock.advance(10_000);
    expect(sent).toEqual(['snapshot']);
  });

  it('owes nothing once disposed, and disposes its link', () => {
    const { clock, sent, window, disposed } = setUp();
    for (let i = 0; i <= WINDOW_RATE_LIMITS.resyncs.burst; i++) window.allow('resyncs');
    window.oweSnapshot();
    window.dispose();
    clock.advance(10_000);
    expect(sent).toEqual([]);
    expect(disposed()).toBe(true);
  });
});
