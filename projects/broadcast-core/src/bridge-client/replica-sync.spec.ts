import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import type { ServerMessage } from '../bridge/messages';
import { ConsoleActions, EngineActions, SyncActions, initialRoomState, type RoomAction, type RoomState } from '../room-state';
import { ReplicaSync, replicate } from './replica-sync';

const state: RoomState = initialRoomState();
const hello: ServerMessage = { t: 'hello', protocol: 1, windowId: 'w1', engine: 'sandbox', scope: 'control' };
const snapshot = (seq: number): ServerMessage => ({ t: 'snapshot', seq, state });
const action = (seq: number, a: RoomAction = EngineActions.connectionLost({ at: seq })): ServerMessage => ({ t: 'action', seq, action: a });
const lost = (seq: number) => EngineActions.connectionLost({ at: seq });
const loaded = (seq: number) => SyncActions.snapshotLoaded({ seq, state });

function scheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/** Runs `replicate` over the marble `input`, expecting `output` and the resync requests in `resyncs`. */
function expectReplication(
  input: string,
  inputValues: Record<string, ServerMessage>,
  output: string,
  outputValues: Record<string, unknown>,
  resyncs: string,
): void {
  scheduler().run(({ cold, expectObservable }) => {
    const requests = new Subject<'r'>();
    const source = cold(input, inputValues);
    expectObservable(source.pipe(replicate(() => requests.next('r')))).toBe(output, outputValues);
    expectObservable(requests).toBe(resyncs);
  });
}

describe('replicate', () => {
  it('loads the snapshot and applies actions in seq order', () => {
    expectReplication(
      'h-s-a-b-c',
      { h: hello, s: snapshot(3), a: action(4), b: action(5), c: action(6, ConsoleActions.localMirrorSet({ mirror: true })) },
      '--L-A-B-C',
      { L: loaded(3), A: lost(4), B: lost(5), C: ConsoleActions.localMirrorSet({ mirror: true }) },
      '',
    );
  });

  it('skips duplicates and actions older than the snapshot, without asking for a resync', () => {
    expectReplication(
      'h-s-o-a-a-b-o-b-c',
      { h: hello, s: snapshot(3), o: action(3), a: action(4), b: action(5), c: action(6) },
      '--L---A---B-----C',
      { L: loaded(3), A: lost(4), B: lost(5), C: lost(6) },
      '',
    );
  });

  it('asks exactly once for a snapshot on a gap and skips every action until it arrives', () => {
    expectReplication(
      'h-s-a-c-d-e-S-f',
      { h: hello, s: snapshot(3), a: action(4), c: action(6), d: action(7), e: action(9), S: snapshot(9), f: action(10) },
      '--L-A-------M-F',
      { L: loaded(3), A: lost(4), M: loaded(9), F: lost(10) },
      '------r',
    );
  });

  it('asks again on a second gap after it resynced', () => {
    expectReplication(
      's-c-S-e-T',
      { s: snapshot(1), c: action(3), S: snapshot(3), e: action(5), T: snapshot(5) },
      'L---M---N',
      { L: loaded(1), M: loaded(3), N: loaded(5) },
      '--r---r',
    );
  });

  it('ignores actions before the first snapshot', () => {
    expectReplication(
      'h-a-b-s-c',
      { h: hello, a: action(1), b: action(2), s: snapshot(2), c: action(3) },
      '------L-C',
      { L: loaded(2), C: lost(3) },
      '',
    );
  });

  it('starts over after a hello: actions between hello and snapshot are skipped, and a lower snapshot seq wins', () => {
    expectReplication(
      'h-s-a-h-b-s-c-t-d',
      { h: hello, s: snapshot(7), a: action(8), b: action(8), c: action(8), t: snapshot(1), d: action(2) },
      '--L-A-----L-C-T-D',
      { L: loaded(7), A: lost(8), C: lost(8), T: loaded(1), D: lost(2) },
      '',
    );
  });

  it.each([
    ['a sync action', SyncActions.snapshotLoaded({ seq: 9, state })],
    ['an NgRx internal action', { type: '@ngrx/store/init' }],
    ['an unknown type', { type: '[Engine] Everything Reset' }],
    ['a typeless object', { seq: 4 }],
  ])('refuses %s in place of a room action and resyncs', (_label, bad) => {
    expectReplication(
      's-x-a-S-b',
      { s: snapshot(3), x: action(4, bad as RoomAction), a: action(5), S: snapshot(5), b: action(6) },
      'L-----M-B',
      { L: loaded(3), M: loaded(5), B: lost(6) },
      '--r',
    );
  });

  it('emits nothing for results and passes completion and errors through', () => {
    const result: ServerMessage = { t: 'result', id: 'c1', ok: true };
    expectReplication('s-r-a-|', { s: snapshot(1), r: result, a: action(2) }, 'L---A-|', { L: loaded(1), A: lost(2) }, '');
    expectReplication('s-#', { s: snapshot(1) }, 'L-#', { L: loaded(1) }, '');
  });

  it('keeps a separate position per subscription', () => {
    scheduler().run(({ hot, expectObservable }) => {
      const source = hot('s-a-b', { s: snapshot(1), a: action(2), b: action(3) });
      const replicated = source.pipe(replicate(() => undefined));
      expectObservable(replicated).toBe('L-A-B', { L: loaded(1), A: lost(2), B: lost(3) });
      expectObservable(replicated, '---^').toBe('-----', {});
    });
  });
});

describe('ReplicaSync', () => {
  it('reports its position and forgets it on reset', () => {
    const sync = new ReplicaSync();
    expect(sync.currentSeq).toBeNull();
    sync.receive({ t: 'snapshot', seq: 4, state });
    expect(sync.receive({ t: 'action', seq: 5, action: lost(5) })).toEqual({ kind: 'apply', action: lost(5) });
    expect(sync.currentSeq).toBe(5);
    sync.reset();
    expect(sync.currentSeq).toBeNull();
    expect(sync.receive({ t: 'action', seq: 6, action: lost(6) })).toEqual({ kind: 'skip' });
  });

  it('does not move its position on a gap', () => {
    const sync = new ReplicaSync();
    sync.receive({ t: 'snapshot', seq: 4, state });
    expect(sync.receive({ t: 'action', seq: 7, action: lost(7) })).toEqual({ kind: 'resync' });
    expect(sync.currentSeq).toBe(4);
    expect(sync.receive({ t: 'action', seq: 5, action: lost(5) })).toEqual({ kind: 'skip' });
  });
});
