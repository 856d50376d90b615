import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import type { StreamKey } from '@broadcast-core/bridge';

import type { EngineNotice } from '../broker/engine-link';
import type { EngineSupervisor } from '../broker/engine-supervisor';
import { encodeFrame, i420Length } from '@broadcast-core/bridge';

import { BudgetedLink } from '../broker/window-budget';
import type { MessageEnd, ViewerToEngine } from '../engine/contract';
import { VirtualClock } from '../time/clock';
import { syncChannel } from '../engine/testing/stepped-engine';
import { MAX_RETURNING_BUFFERS, MAX_RETURNING_BYTES, ViewerRelay } from './viewer-relay';

const BIG = 'remote:anna:big' as StreamKey;

/** The engine side of one viewer port the fake supervisor handed out. */
interface EnginePort {
  viewerId: string;
  generation: number;
  /** What the relay sent down this port, in order. */
  received: ViewerToEngine[];
  /** The buffers moved with each message received (none: an empty list). */
  moved: ArrayBuffer[][];
  /** Sends a frame up the port, as the engine's frame router does. */
  send(bytes: Uint8Array): void;
  /** The relay closed its end. */
  closed: boolean;
}

/**
 * Stands in for EngineSupervisor: notices the spec emits, viewer ports over synchronous channels while
 * an engine "runs", and a record of the viewers closed.
 */
class FakeSupervisor {
  readonly notices$ = new Subject<EngineNotice>();
  generation = 0;
  running = false;
  readonly ports: EnginePort[] = [];
  readonly closedViewers: string[] = [];

  /** A fresh engine runs: the relay hears `started`. */
  start(): void {
    this.running = true;
    this.notices$.next({ kind: 'started', generation: ++this.generation });
  }

  /** The engine is gone: the relay hears `lost`. */
  lose(): void {
    this.running = false;
    this.notices$.next({ kind: 'lost', reason: 'the engine exited with code 70', restartInMs: 0 });
  }

  openViewer(viewerId: string): MessageEnd<Uint8Array, ViewerToEngine> | null {
    if (!this.running) return null;
    const [relaySide, engineSide] = syncChannel<Uint8Array, ViewerToEngine>(false);
    const port: EnginePort = { viewerId, generation: this.generation, received: [], moved: [], send: (bytes) => engineSide.post(bytes), closed: false };
    engineSide.listen((m) => port.received.push(m as unknown as ViewerToEngine));
    this.ports.push(port);
    return {
      // Moved buffers are moved as a real port moves them: the sender's copy is emptied.
      post: (message, transfer) => {
        port.moved.push(transfer ?? []);
        relaySide.post(transfer ? structuredClone(message, { transfer }) : message, transfer);
      },
      listen: (listener) => relaySide.listen(listener),
      close: () => {
        port.closed = true;
        relaySide.close();
      },
    };
  }

  closeViewer(viewerId: string): void {
    this.closedViewers.push(viewerId);
  }

  /** The newest port of a viewer. */
  port(viewerId: string): EnginePort {
    const port = this.ports.filter((p) => p.viewerId === viewerId).at(-1);
    if (!port) throw new Error(`no port was opened for ${viewerId}`);
    return port;
  }
}

/** A relay over a fake supervisor, with the frames each window was sent. */
function relay(running = true) {
  const supervisor = new FakeSupervisor();
  if (running) supervisor.start();
  const viewers = new ViewerRelay(supervisor as unknown as EngineSupervisor);
  const frames = new Map<string, Uint8Array[]>();
  const open = (windowId: string) =>
    viewers.open(windowId, { send: () => {}, sendFrame: (bytes) => frames.set(windowId, [...(frames.get(windowId) ?? []), bytes]) });
  const framesOf = (windowId: string) => frames.get(windowId) ?? [];
  return { supervisor, viewers, open, framesOf };
}

const bytes = (n: number) => new Uint8Array([n, n, n]);

describe('ViewerRelay', () => {
  it("gives each window its own port and hands the frames that come up it to that window's sendFrame, as they are", () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    expect(t.supervisor.ports.map((p) => p.viewerId)).toEqual(['w1', 'w2']);
    const frame = bytes(1);
    t.supervisor.port('w1').send(frame);
    t.supervisor.port('w2').send(bytes(2));
    expect(t.framesOf('w1')).toHaveLength(1);
    // Moved, not copied.
    expect(t.framesOf('w1')[0]).toBe(frame);
    expect(t.framesOf('w2').map((f) => f[0])).toEqual([2]);
  });

  it("passes a window's subscriptions and acks down its own port, in order", () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
    t.viewers.message('w2', { t: 'subscribe', stream: BIG });
    t.viewers.message('w1', { t: 'unsubscribe', stream: 'local' });
    expect(t.supervisor.port('w1').received).toEqual([
      { t: 'subscribe', stream: 'local' },
      { t: 'frame-ack', stream: 'local' },
      { t: 'unsubscribe', stream: 'local' },
    ]);
    expect(t.supervisor.port('w2').received).toEqual([{ t: 'subscribe', stream: BIG }]);
  });

  it('ignores messages for a window it does not know', () => {
    const t = relay();
    t.open('w1');
    expect(() => t.viewers.message('w9', { t: 'subscribe', stream: 'local' })).not.toThrow();
    expect(t.supervisor.port('w1').received).toEqual([]);
  });

  it('keeps what a window subscribed to before any engine ran, and replays it when one starts', () => {
    const t = relay(false);
    t.open('w1');
    expect(t.supervisor.ports).toEqual([]);
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    t.viewers.message('w1', { t: 'subscribe', stream: BIG });
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
    t.viewers.message('w1', { t: 'unsubscribe', stream: BIG });
    t.supervisor.start();
    expect(t.supervisor.ports.map((p) => p.viewerId)).toEqual(['w1']);
    // The streams shown now, once each; acks and dropped streams are not replayed.
    expect(t.supervisor.port('w1').received).toEqual([{ t: 'subscribe', stream: 'local' }]);
    t.supervisor.port('w1').send(bytes(5));
    expect(t.framesOf('w1').map((f) => f[0])).toEqual([5]);
  });

  it('closes every port when the engine is lost, relays nothing more from it, and sends nothing down it', () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    const old = t.supervisor.ports.slice();
    t.supervisor.lose();
    expect(old.map((p) => p.closed)).toEqual([true, true]);
    old[0].send(bytes(1));
    old[1].send(bytes(1));
    t.viewers.message('w1', { t: 'subscribe', stream: BIG });
    expect(t.framesOf('w1')).toEqual([]);
    expect(t.framesOf('w2')).toEqual([]);
    expect(old[0].received).toEqual([{ t: 'subscribe', stream: 'local' }]);
  });

  it("replays every window's subscriptions, old and new, to the fresh engine, and frames flow from it only", () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    t.viewers.message('w2', { t: 'subscribe', stream: BIG });
    const first = t.supervisor.port('w1');
    t.supervisor.lose();
    // While the engine restarts, a window shows one stream more and one less.
    t.viewers.message('w1', { t: 'subscribe', stream: BIG });
    t.viewers.message('w2', { t: 'unsubscribe', stream: BIG });
    t.supervisor.start();
    const fresh = t.supervisor.ports.filter((p) => p.generation === 2);
    expect(fresh.map((p) => [p.viewerId, p.received])).toEqual([
      [
        'w1',
        [
          { t: 'subscribe', stream: 'local' },
          { t: 'subscribe', stream: BIG },
        ],
      ],
      ['w2', []],
    ]);
    first.send(bytes(1));
    t.supervisor.port('w1').send(bytes(2));
    expect(t.framesOf('w1').map((f) => f[0])).toEqual([2]);
  });

  it('forgets a stream a window dropped, so a fresh engine is not asked for it', () => {
    const t = relay();
    t.open('w1');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    t.viewers.message('w1', { t: 'subscribe', stream: BIG });
    t.viewers.message('w1', { t: 'unsubscribe', stream: 'local' });
    t.supervisor.lose();
    t.supervisor.start();
    expect(t.supervisor.port('w1').received).toEqual([{ t: 'subscribe', stream: BIG }]);
  });

  it('tells the supervisor when a window closes, closes its port, and neither relays to it nor reopens it later', () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    const port = t.supervisor.port('w1');
    t.viewers.close('w1');
    expect(t.supervisor.closedViewers).toEqual(['w1']);
    expect(port.closed).toBe(true);
    port.send(bytes(1));
    t.viewers.message('w1', { t: 'subscribe', stream: BIG });
    expect(t.framesOf('w1')).toEqual([]);
    expect(port.received).toEqual([{ t: 'subscribe', stream: 'local' }]);
    t.supervisor.lose();
    t.supervisor.start();
    expect(t.supervisor.ports.filter((p) => p.generation === 2).map((p) => p.viewerId)).toEqual(['w2']);
    // Closing twice, or a window never opened, tells the supervisor nothing more.
    t.viewers.close('w1');
    t.viewers.close('w9');
    expect(t.supervisor.closedViewers).toEqual(['w1']);
  });

  it('stops everything on dispose: ports closed, no frames relayed, no port opened for a later engine', () => {
    const t = relay();
    t.open('w1');
    t.open('w2');
    t.viewers.message('w1', { t: 'subscribe', stream: 'local' });
    const ports = t.supervisor.ports.slice();
    t.viewers.dispose();
    expect(ports.map((p) => p.closed)).toEqual([true, true]);
    for (const p of ports) p.send(bytes(1));
    expect([t.framesOf('w1'), t.framesOf('w2')]).toEqual([[], []]);
    t.supervisor.lose();
    t.supervisor.start();
    expect(t.supervisor.ports).toHaveLength(2);
    expect(() => t.viewers.message('w1', { t: 'subscribe', stream: BIG })).not.toThrow();
    expect(ports[0].received).toEqual([{ t: 'subscribe', stream: 'local' }]);
  });

  it('relays frames only while an engine runs, and only from the engine running now (marbles)', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, expectObservable }) => {
      const supervisor = new FakeSupervisor();
      const viewers = new ViewerRelay(supervisor as unknown as EngineSupervisor);
      const delivered = new Subject<string>();
      viewers.open('w1', { send: () => {}, sendFrame: (frame) => delivered.next(String.fromCharCode(frame[0])) });
      viewers.message('w1', { t: 'subscribe', stream: 'local' });
      const frame = (label: string) => new Uint8Array([label.charCodeAt(0)]);
      // s: an engine starts; l: it is lost.
      hot('--s-----l---s-----').subscribe((n) => (n === 's' ? supervisor.start() : supervisor.lose()));
      // Frames the engine running at the time sends (none before the first start).
      hot('-a-b-c-d-e-f-g-h--').subscribe((l) => (supervisor.running ? supervisor.port('w1').send(frame(l)) : undefined));
      // A late frame from the first engine's port after its loss, as a dead process's last message.
      hot('---------x-----y--').subscribe((l) => supervisor.ports[0]?.send(frame(l)));
      expectObservable(delivered).toBe('---b-c-d-----g-h--');
    });
  });

  describe('frame buffers going back to the engine', () => {
    /** A relay whose windows' links release each frame when the spec says the socket wrote it. */
    function releasing() {
      const supervisor = new FakeSupervisor();
      supervisor.start();
      const viewers = new ViewerRelay(supervisor as unknown as EngineSupervisor);
      const unwritten: { bytes: Uint8Array; written: () => void }[] = [];
      viewers.open('w1', {
        send: () => {},
        sendFrame: (bytes: Uint8Array, released?: (bytes: Uint8Array) => void) => unwritten.push({ bytes, written: () => released?.(bytes) }),
      });
      viewers.message('w1', { t: 'subscribe', stream: 'local' });
      /** The engine sends a frame, and the socket writes it. */
      const sendAndWrite = (n: number) => {
        supervisor.port('w1').send(frameBytes(n));
        unwritten.shift()!.written();
      };
      return { supervisor, viewers, unwritten, sendAndWrite };
    }

    const frameBytes = (n: number) =>
      encodeFrame({ stream: 'local', width: 2, height: 2, rotation: 0, timestamp: n, frameNo: n }, new Uint8Array(i420Length(2, 2)).fill(n));

    it("moves a written frame's buffer back with the window's next ack: one message, as the ack alone was", () => {
      const t = releasing();
      t.supervisor.port('w1').send(frameBytes(1));
      const [{ bytes, written }] = t.unwritten;
      const buffer = bytes.buffer;
      const length = buffer.byteLength;
      // Not yet written: the ack goes alone, and the buffer stays with the socket.
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      written();
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      const port = t.supervisor.port('w1');
      expect(port.received.map((m) => m.t)).toEqual(['subscribe', 'frame-ack', 'frame-ack']);
      expect(port.received[1]).toEqual({ t: 'frame-ack', stream: 'local' });
      const returned = port.received[2] as Extract<ViewerToEngine, { t: 'frame-ack' }>;
      expect(returned.buffer?.byteLength).toBe(length);
      expect(port.moved[2]).toEqual([buffer]);
      // Moved: the relay's side holds nothing of it any more.
      expect(buffer.byteLength).toBe(0);
    });

    it('sends each buffer back once, even when a link releases it twice', () => {
      const t = releasing();
      t.supervisor.port('w1').send(frameBytes(1));
      const [{ written }] = t.unwritten;
      written();
      written();
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(t.supervisor.port('w1').moved.map((m) => m.length)).toEqual([0, 1, 0]);
    });

    it('keeps a bounded number of buffers for a window that stops acking', () => {
      const t = releasing();
      for (let n = 1; n <= MAX_RETURNING_BUFFERS + 5; n++) t.sendAndWrite(n);
      for (let n = 1; n <= MAX_RETURNING_BUFFERS + 5; n++) t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(t.supervisor.port('w1').moved.filter((m) => m.length > 0)).toHaveLength(MAX_RETURNING_BUFFERS);
    });

    it('keeps at most MAX_RETURNING_BYTES of them for a window', () => {
      const t = releasing();
      const big = encodeFrame({ stream: 'local', width: 2048, height: 2048, rotation: 0, timestamp: 1, frameNo: 1 }, new Uint8Array(i420Length(2048, 2048)));
      const fit = Math.floor(MAX_RETURNING_BYTES / big.byteLength);
      for (let n = 0; n <= fit; n++) {
        t.supervisor.port('w1').send(n === 0 ? big : big.slice());
        t.unwritten.shift()!.written();
      }
      for (let n = 0; n <= fit; n++) t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(t.supervisor.port('w1').moved.filter((m) => m.length > 0)).toHaveLength(fit);
    });

    it('sends buffers of an engine that is gone to no one: not to the fresh engine', () => {
      const t = releasing();
      t.sendAndWrite(1);
      t.supervisor.port('w1').send(frameBytes(2));
      t.supervisor.lose();
      // Written out after the engine was lost.
      t.unwritten.shift()!.written();
      t.supervisor.start();
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(t.supervisor.port('w1').generation).toBe(2);
      expect(t.supervisor.port('w1').moved.every((m) => m.length === 0)).toBe(true);
    });

    it('lets go of the buffers of a window that closed', () => {
      const t = releasing();
      t.sendAndWrite(1);
      const port = t.supervisor.port('w1');
      t.viewers.close('w1');
      t.viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(port.moved.every((m) => m.length === 0)).toBe(true);
    });

    it('gives back at once the frames a window that is behind skips, so they ride back with the acks it is owed', () => {
      const supervisor = new FakeSupervisor();
      supervisor.start();
      const viewers = new ViewerRelay(supervisor as unknown as EngineSupervisor);
      const socket = { backlog: 0, frames: [] as Uint8Array[] };
      const budget = new BudgetedLink(
        { send: () => {}, sendFrame: (bytes) => socket.frames.push(bytes), backlog: () => socket.backlog },
        new VirtualClock(),
        () => {},
        100,
      );
      viewers.open('w1', budget.asWindowLink());
      viewers.message('w1', { t: 'subscribe', stream: 'local' });
      socket.backlog = 90;
      supervisor.port('w1').send(frameBytes(1));
      expect(budget.isBehind).toBe(true);
      expect(socket.frames).toEqual([]);
      viewers.message('w1', { t: 'frame-ack', stream: 'local' });
      expect(supervisor.port('w1').moved[1]).toHaveLength(1);
    });
  });
});
