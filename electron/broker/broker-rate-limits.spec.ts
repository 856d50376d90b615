import { WINDOW_RATE_LIMITS } from './rate-limit';
import { createTestBroker } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

describe('Broker: each window is held to its message rates', () => {
  it('refuses a looping tool’s commands past its limit as rate-limited, without calling the engine, and leaves other windows alone', () => {
    const t = createTestBroker();
    const tool = new InMemoryWindow(t.broker);
    const producer = new InMemoryWindow(t.broker);
    const callsBefore = t.engine.calls.length;
    const { burst, perSecond } = WINDOW_RATE_LIMITS.commands;
    for (let i = 0; i < 200; i++) tool.command(`m${i}`, { type: 'setLocalMirror', mirror: i % 2 === 0 });
    tool.flush();
    const refused = tool.results.filter((r) => !r.ok && r.error.code === 'rate-limited');
    expect(tool.results).toHaveLength(200);
    expect(refused).toHaveLength(200 - burst);
    expect(refused[0]).toMatchObject({ id: `m${burst}`, error: { reason: 'rateLimited', params: { kind: 'commands', burst, perSecond } } });
    expect(t.engine.calls.length - callsBefore).toBeLessThanOrEqual(burst);

    // The producer's commands go through as always.
    producer.command('p1', { type: 'setLocalMirror', mirror: true });
    producer.flush();
    expect(producer.results).toEqual([{ t: 'result', id: 'p1', ok: true }]);

    // A second later the tool may send perSecond more.
    t.timers.advance(1000);
    for (let i = 0; i < perSecond + 1; i++) tool.command(`n${i}`, { type: 'setLocalMirror', mirror: true });
    tool.flush();
    const later = tool.results.slice(200);
    expect(later.filter((r) => r.ok)).toHaveLength(perSecond);
    expect(later.at(-1)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('counts malformed messages as commands: a client spewing garbage is limited too', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    for (let i = 0; i < 100; i++) w.send(i % 2 ? '{not json' : { t: 'command', id: `x${i}`, command: { type: 'nope' } });
    w.flush();
    expect(w.results.filter((r) => !r.ok && r.error.code === 'rate-limited')).toHaveLength(100 - WINDOW_RATE_LIMITS.commands.burst);
    expect(w.results.filter((r) => !r.ok && r.error.code !== 'rate-limited')).toHaveLength(WINDOW_RATE_LIMITS.commands.burst);
  });

  it('answers a flood of resyncs with few snapshots', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    for (let i = 0; i < 50; i++) w.send({ t: 'resync' });
    expect(w.pendingKinds().filter((k) => k === 'snapshot')).toHaveLength(WINDOW_RATE_LIMITS.resyncs.burst);
    expect(w.pendingKinds().filter((k) => k === 'result')).toHaveLength(50 - WINDOW_RATE_LIMITS.resyncs.burst);
  });

  it('owes a window whose resync was refused one snapshot, sent as soon as the limit allows, so its replica never stays stale', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    const snapshots = () => w.sent.filter((text) => (JSON.parse(text) as { t: string }).t === 'snapshot').length;
    w.flush();
    for (let i = 0; i < 10; i++) w.send({ t: 'resync' });
    const answered = snapshots();
    expect(answered).toBe(1 + WINDOW_RATE_LIMITS.resyncs.burst);
    t.timers.advance(999);
    expect(snapshots()).toBe(answered);
    t.timers.advance(1);
    expect(snapshots()).toBe(answered + 1);
    // Owed once, however many were refused.
    t.timers.advance(5000);
    expect(snapshots()).toBe(answered + 1);
  });

  it('forgets a snapshot owed to a window that is gone', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    const timersBefore = t.timers.pendingTimers();
    for (let i = 0; i < 10; i++) w.send({ t: 'resync' });
    expect(t.timers.pendingTimers()).toBe(timersBefore + 1);
    w.close();
    expect(t.timers.pendingTimers()).toBe(timersBefore);
  });

  it('limits subscription churn, but never frame acks', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    for (let i = 0; i < 500; i++) w.send({ t: 'frame-ack', stream: 'local' });
    expect(w.pendingKinds()).toEqual([]);
    for (let i = 0; i < 100; i++) w.send({ t: i % 2 ? 'unsubscribe' : 'subscribe', stream: 'local' });
    expect(w.pendingKinds()).toHaveLength(100 - WINDOW_RATE_LIMITS.subscriptions.burst);
  });
});
