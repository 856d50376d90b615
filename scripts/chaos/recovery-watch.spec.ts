import type { FaultRecord } from './fault-record';
import { RecoveryWatch } from './recovery-watch';

describe('RecoveryWatch', () => {
  const record = (): FaultRecord => ({ kind: 'engine-crash', detail: '', at: 0, recoveredAfterMs: 'not recovered' });

  it('stamps the recovery only after the effect was seen', () => {
    const watch = new RecoveryWatch();
    const r = record();
    let effect = false;
    watch.watch(r, { effect: () => effect, recovered: () => true }, 1000);
    watch.poll(1200);
    expect(r.recoveredAfterMs).toBe('not recovered');
    effect = true;
    watch.poll(1500);
    expect(r.recoveredAfterMs).toBe(500);
    expect(watch.pending).toBe(0);
  });

  it('waits out a minimum, and notes an effect never seen', () => {
    const watch = new RecoveryWatch();
    const r = record();
    watch.watch(r, { effect: () => false, recovered: () => true, notBeforeMs: 2000, effectGraceMs: 3000 }, 0);
    watch.poll(2500);
    expect(r.recoveredAfterMs).toBe('not recovered');
    watch.poll(3100);
    expect(r).toMatchObject({ recoveredAfterMs: 3100, note: 'effect not seen' });
  });

  it('fails a fault whose effect must be seen and never was', () => {
    const watch = new RecoveryWatch();
    const r = record();
    watch.watch(r, { effect: () => false, recovered: () => true, effectGraceMs: 3000, effectRequired: true }, 0);
    watch.poll(3100);
    watch.poll(5000);
    expect(r).toMatchObject({ recoveredAfterMs: 'not recovered', note: 'effect not seen' });
    expect(watch.pending).toBe(0);
  });

  it('keeps a fault open while its recovery check fails or throws', () => {
    const watch = new RecoveryWatch();
    const r = record();
    watch.watch(r, { recovered: () => { throw new Error('page reloading'); } }, 0);
    watch.poll(100);
    expect(watch.pending).toBe(1);
    expect(r.recoveredAfterMs).toBe('not recovered');
  });
});
