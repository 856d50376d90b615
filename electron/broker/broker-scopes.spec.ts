import fc from 'fast-check';

import type { ServerMessage } from '@broadcast-core/bridge';

import { ENTER_LIVE, createTestBroker, jsonNormal, parseAll } from './testing/broker-fixtures';
import { COMMAND_TYPES, validCommandOf } from './testing/command-arbitraries';
import { InMemoryWindow } from './testing/in-memory-window';

describe('Broker: what a window’s token allows', () => {
  it('tells each window its scope in hello, and only a control window the view token', () => {
    const t = createTestBroker();
    const control = new InMemoryWindow(t.broker, { access: { scope: 'control', viewToken: 'v-token' } });
    const view = new InMemoryWindow(t.broker, { access: { scope: 'view', viewToken: 'v-token' } });
    const desktop = new InMemoryWindow(t.broker);
    const hello = (w: InMemoryWindow) => parseAll(w.sent)[0] as Extract<ServerMessage, { t: 'hello' }>;
    expect(hello(control)).toMatchObject({ scope: 'control', viewToken: 'v-token' });
    expect(hello(view).scope).toBe('view');
    expect(hello(view)).not.toHaveProperty('viewToken');
    expect(hello(desktop)).toMatchObject({ scope: 'control' });
    expect(hello(desktop)).not.toHaveProperty('viewToken');
  });

  it('refuses every command of a view window as forbidden and changes nothing, while it still watches', () => {
    const t = createTestBroker();
    const view = new InMemoryWindow(t.broker, { access: { scope: 'view' } });
    const control = new InMemoryWindow(t.broker);
    fc.assert(
      fc.property(fc.constantFrom(...COMMAND_TYPES).chain(validCommandOf), (command) => {
        t.timers.advance(100);
        const before = t.broker.snapshot();
        const calls = t.engine.calls.length;
        view.command('v', command);
        view.flush();
        expect(view.results.at(-1)).toMatchObject({ id: 'v', ok: false, error: { code: 'forbidden', reason: 'viewOnly' } });
        expect(t.broker.snapshot()).toEqual(before);
        expect(t.engine.calls.length).toBe(calls);
      }),
      { numRuns: 60 },
    );
    // It watches: the control window's changes reach it, and its replica equals the broker.
    control.command('enter', ENTER_LIVE);
    control.flush();
    view.flush();
    expect(view.state.session.status).toBe('entering');
    expect(view.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
  });
});
