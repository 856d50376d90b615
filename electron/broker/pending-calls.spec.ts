import fc from 'fast-check';

import { VirtualClock } from '../time/clock';
import { CALL_TIMEOUT_MS, PendingCalls, type CallResult } from './pending-calls';

/** A PendingCalls on a virtual clock, with every settlement recorded per call id. */
function pending(timeoutMs?: number) {
  const clock = new VirtualClock();
  const calls = new PendingCalls(clock, timeoutMs);
  const settled = new Map<number, CallResult[]>();
  const add = (method: Parameters<PendingCalls['add']>[0] = 'startLocalAudio') => {
    let id = -1;
    id = calls.add(method, (result) => settled.set(id, [...(settled.get(id) ?? []), result]));
    return id;
  };
  const results = (id: number) => settled.get(id) ?? [];
  return { clock, calls, add, results };
}

describe('PendingCalls', () => {
  it('gives each call its own id and settles it with the answer it got', () => {
    const t = pending();
    const a = t.add('enterRoom');
    const b = t.add('switchRole');
    expect(a).not.toBe(b);
    expect(t.calls.size).toBe(2);
    t.calls.answer(b, { kind: 'failed', error: { code: 'threw', message: 'boom' } });
    t.calls.answer(a, { kind: 'ok', value: 0 });
    expect(t.results(a)).toEqual([{ kind: 'ok', value: 0 }]);
    expect(t.results(b)).toEqual([{ kind: 'failed', error: { code: 'threw', message: 'boom' } }]);
    expect(t.calls.size).toBe(0);
  });

  it('waits CALL_TIMEOUT_MS for an answer, then settles the call as a timeout', () => {
    const t = pending();
    const id = t.add();
    t.clock.advance(CALL_TIMEOUT_MS - 1);
    expect(t.results(id)).toEqual([]);
    expect(t.calls.size).toBe(1);
    t.clock.advance(1);
    expect(t.results(id)).toEqual([{ kind: 'timeout', ms: CALL_TIMEOUT_MS }]);
    expect(t.calls.size).toBe(0);
    expect(t.clock.pendingTimers()).toBe(0);
  });

  it('says the timeout it was built with', () => {
    const t = pending(250);
    const id = t.add();
    t.clock.advance(250);
    expect(t.results(id)).toEqual([{ kind: 'timeout', ms: 250 }]);
  });

  it('ignores an answer that arrives after the timeout', () => {
    const t = pending();
    const id = t.add();
    t.clock.advance(CALL_TIMEOUT_MS);
    t.calls.answer(id, { kind: 'ok' });
    expect(t.results(id)).toEqual([{ kind: 'timeout', ms: CALL_TIMEOUT_MS }]);
  });

  it('clears the timer of an answered call, so it never times out afterwards', () => {
    const t = pending();
    const id = t.add();
    t.calls.answer(id, { kind: 'ok' });
    expect(t.clock.pendingTimers()).toBe(0);
    t.clock.advance(10 * CALL_TIMEOUT_MS);
    expect(t.results(id)).toEqual([{ kind: 'ok' }]);
  });

  it('ignores a second answer and an answer for an id it never gave out', () => {
    const t = pending();
    const id = t.add();
    t.calls.answer(id, { kind: 'ok', value: 1 });
    t.calls.answer(id, { kind: 'failed', error: { code: 'threw', message: 'late' } });
    t.calls.answer(id + 100, { kind: 'ok' });
    expect(t.results(id)).toEqual([{ kind: 'ok', value: 1 }]);
    expect(t.results(id + 100)).toEqual([]);
  });

  it('loses every waiting call at once when the engine dies, clearing their timers', () => {
    const t = pending();
    const answered = t.add();
    const ids = [t.add('enterRoom'), t.add('connectOtherRoom'), t.add('switchRole')];
    t.calls.answer(answered, { kind: 'ok' });
    expect(t.clock.pendingTimers()).toBe(3);
    t.calls.loseAll();
    for (const id of ids) expect(t.results(id)).toEqual([{ kind: 'lost' }]);
    expect(t.results(answered)).toEqual([{ kind: 'ok' }]);
    expect(t.calls.size).toBe(0);
    expect(t.clock.pendingTimers()).toBe(0);
    // Neither their timeouts nor a late answer from the dead engine settle them again.
    t.clock.advance(CALL_TIMEOUT_MS);
    for (const id of ids) t.calls.answer(id, { kind: 'ok' });
    for (const id of ids) expect(t.results(id)).toEqual([{ kind: 'lost' }]);
  });

  it('settles every call exactly once, whatever mix of answers, timeouts and losses comes', () => {
    type Op = { kind: 'add' } | { kind: 'answer'; pick: number; ok: boolean } | { kind: 'advance'; ms: number } | { kind: 'loseAll' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ kind: 'add' as const }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(), ok: fc.boolean() }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(1, 500, CALL_TIMEOUT_MS - 1, CALL_TIMEOUT_MS) }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'loseAll' as const }) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const t = pending();
        const ids: number[] = [];
        for (const o of ops) {
          if (o.kind === 'add') ids.push(t.add());
          else if (o.kind === 'answer' && ids.length) {
            t.calls.answer(ids[o.pick % ids.length], o.ok ? { kind: 'ok' } : { kind: 'failed', error: { code: 'threw', message: 'x' } });
          } else if (o.kind === 'advance') t.clock.advance(o.ms);
          else if (o.kind === 'loseAll') t.calls.loseAll();
          // Never more than one settlement; the waiting ones are exactly those without one, each with one timer.
          const open = ids.filter((id) => t.results(id).length === 0);
          expect(ids.filter((id) => t.results(id).length > 1)).toEqual([]);
          expect(t.calls.size).toBe(open.length);
          expect(t.clock.pendingTimers()).toBe(open.length);
        }
        t.clock.advance(CALL_TIMEOUT_MS);
        expect(ids.map((id) => t.results(id).length)).toEqual(ids.map(() => 1));
        expect(t.calls.size).toBe(0);
      }),
    );
  });
});
