import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideStore } from '@ngrx/store';
import { BehaviorSubject, Subject } from 'rxjs';

import { encodeFrame, i420Length } from '../bridge/frame-codec';
import type { ClientMessage, ServerMessage } from '../bridge/messages';
import { ROOM_FEATURES } from '../room-state';
import { BridgeClient } from './bridge-client';
import { BRIDGE_TRANSPORT, type BridgeTransport, type TransportStatus } from './bridge-transport';

/** A transport whose frames the spec pushes and whose sent messages it reads. */
function fakeTransport() {
  const frames$ = new Subject<Uint8Array>();
  const sent: ClientMessage[] = [];
  const transport: BridgeTransport = {
    messages$: new Subject<ServerMessage>(),
    frames$,
    status$: new BehaviorSubject<TransportStatus>({ state: 'open' }),
    send: (m) => sent.push(m),
    close: () => undefined,
  };
  let frameNo = 0;
  const push = (stream: 'local' = 'local') =>
    frames$.next(encodeFrame({ stream, width: 4, height: 2, rotation: 0, timestamp: 0, frameNo: ++frameNo }, new Uint8Array(i420Length(4, 2))));
  /** The acks and (un)subscriptions sent, as short strings. */
  const log = () => sent.map((m) => (m.t === 'frame-ack' ? 'ack' : m.t));
  return { transport, push, log };
}

describe('BridgeClient.watch', () => {
  let t: ReturnType<typeof fakeTransport>;
  let client: BridgeClient;

  beforeEach(() => {
    t = fakeTransport();
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideStore(ROOM_FEATURES), { provide: BRIDGE_TRANSPORT, useValue: t.transport }],
    });
    client = TestBed.inject(BridgeClient);
  });

  it('acks a frame to the broker only once every view of the stream drew it', () => {
    const a = client.watch('local');
    const b = client.watch('local');
    const subs = [a.frames$.subscribe(), b.frames$.subscribe()];
    t.push();
    t.push();
    a.ack();
    a.ack();
    expect(t.log()).toEqual(['subscribe']);
    b.ack();
    expect(t.log()).toEqual(['subscribe', 'ack']);
    b.ack();
    expect(t.log()).toEqual(['subscribe', 'ack', 'ack']);
    subs.forEach((s) => s.unsubscribe());
  });

  it('does not hold acks for a view that joined after a frame arrived', () => {
    const a = client.watch('local');
    const subA = a.frames$.subscribe();
    t.push();
    const b = client.watch('local');
    const subB = b.frames$.subscribe();
    a.ack();
    expect(t.log()).toEqual(['subscribe', 'ack']);
    subA.unsubscribe();
    subB.unsubscribe();
  });

  it('releases what a leaving view held, and acks everything before the last view unsubscribes', () => {
    const a = client.watch('local');
    const b = client.watch('local');
    const subA = a.frames$.subscribe();
    const subB = b.frames$.subscribe();
    t.push();
    a.ack();
    subB.unsubscribe();
    expect(t.log()).toEqual(['subscribe', 'ack']);
    t.push();
    subA.unsubscribe();
    expect(t.log()).toEqual(['subscribe', 'ack', 'ack', 'unsubscribe']);
  });

  it('ignores acks beyond what the view received, and after it left', () => {
    const a = client.watch('local');
    const sub = a.frames$.subscribe();
    a.ack();
    expect(t.log()).toEqual(['subscribe']);
    sub.unsubscribe();
    a.ack();
    expect(t.log()).toEqual(['subscribe', 'unsubscribe']);
  });
});
