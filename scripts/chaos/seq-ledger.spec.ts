import { SeqLedger, digestOf } from './seq-ledger';

describe('SeqLedger', () => {
  const action = (seq: number, type = 'x') => JSON.stringify({ t: 'action', seq, action: { type } });

  it('accepts a snapshot, then actions in order, applied once each', () => {
    const ledger = new SeqLedger();
    const w = ledger.window('wall');
    w.hello();
    w.snapshotReceived(10);
    w.applied('snapshot', 10);
    for (const seq of [11, 12, 13]) {
      w.actionReceived(seq, action(seq));
      w.applied('action', seq);
    }
    expect(ledger.violations).toEqual([]);
    expect(w.tally()).toMatchObject({ connections: 1, snapshots: 1, actionsReceived: 3, actionsApplied: 3, lastSeq: 13 });
  });

  it('catches an action lost on the wire, one repeated, and one before any snapshot', () => {
    const ledger = new SeqLedger();
    const w = ledger.window('preview');
    w.hello();
    w.actionReceived(3, action(3));
    w.snapshotReceived(5);
    w.actionReceived(7, action(7));
    w.actionReceived(7, action(7));
    expect(ledger.violations.map((v) => v.what)).toEqual([
      'action 3 before any snapshot on connection 1',
      'action 7 after seq 5: 1 action(s) lost on the wire',
      'action 7 again after seq 7 (sent twice or out of order)',
    ]);
  });

  it('catches a store applying an action twice or out of step, or going back to an older snapshot', () => {
    const ledger = new SeqLedger();
    const w = ledger.window('director');
    w.applied('snapshot', 4);
    w.applied('action', 5);
    w.applied('action', 5);
    w.applied('action', 8);
    w.applied('snapshot', 2);
    expect(ledger.violations.map((v) => v.what)).toEqual(['action 5 applied twice', 'action 5 applied at seq 5', 'action 8 applied at seq 5', 'store went back from seq 8 to snapshot 2']);
  });

  it('lets a new connection or a restarted store start from a snapshot', () => {
    const ledger = new SeqLedger();
    const w = ledger.window('console');
    w.hello();
    w.snapshotReceived(4);
    w.applied('snapshot', 4);
    w.storeRestarted();
    w.hello();
    w.snapshotReceived(9);
    w.applied('snapshot', 9);
    w.actionReceived(10, action(10));
    w.applied('action', 10);
    expect(ledger.violations).toEqual([]);
  });

  it('catches two windows getting different actions at one seq', () => {
    const ledger = new SeqLedger();
    const [a, b] = [ledger.window('a'), ledger.window('b')];
    for (const w of [a, b]) {
      w.hello();
      w.snapshotReceived(1);
    }
    a.actionReceived(2, action(2, 'one'));
    b.actionReceived(2, action(2, 'other'));
    expect(ledger.violations).toEqual([expect.objectContaining({ window: 'b', what: 'action 2 differs from the one a got' })]);
    expect(ledger.maxSeq).toBe(2);
    expect(ledger.distinctSeqs).toBe(1);
  });

  it('digests text with FNV-1a', () => {
    expect(digestOf('')).toBe(0x811c9dc5);
    expect(digestOf('a')).toBe(0xe40c292c);
  });
});
