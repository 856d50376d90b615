import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame, encodeFrame, i420Length, type StreamKey } from '@broadcast-core/bridge';

import { createTestBroker } from '../broker/testing/broker-fixtures';
import { InMemoryWindow } from '../broker/testing/in-memory-window';
import type { EngineFrame } from './contract';
import { FRAME_POOL_SIZE } from './frame-pool';
import { FrameRouter } from './frame-router';

const BIG = 'remote:anna:big' as StreamKey;

/** A 2x2 I420 "frame" whose first byte is a character, so deliveries read as marbles. */
function frame(label: string, stream: StreamKey = 'local'): EngineFrame {
  const data = new Uint8Array(i420Length(2, 2));
  data[0] = label.charCodeAt(0);
  return { stream, width: 2, height: 2, rotation: 0, timestamp: 1, data };
}
const label = (bytes: Uint8Array) => String.fromCharCode(decodeFrame(bytes)!.data[0]);

/** A router with recording sinks and demand changes. */
function setup(maxInFlight = 2) {
  const demand: [StreamKey, boolean][] = [];
  const router = new FrameRouter(maxInFlight, (stream, wanted) => demand.push([stream, wanted]));
  const received = new Map<string, string[]>();
  const sink = (key: string) => (bytes: Uint8Array) => received.set(key, [...(received.get(key) ?? []), label(bytes)]);
  const got = (key: string) => received.get(key) ?? [];
  /** Attaches a viewer and subscribes it to streams. */
  const watch = (viewer: string, ...streams: StreamKey[]) => {
    if (!attached.has(viewer)) router.attach(viewer, sink(viewer));
    attached.add(viewer);
    for (const stream of streams) router.subscribe(viewer, stream);
  };
  const attached = new Set<string>();
  return { router, demand, sink, got, watch };
}

describe('FrameRouter', () => {
  it('keeps at most maxInFlight frames unacknowledged per viewer and stream, then only the newest waits', () => {
    const { router, got, watch } = setup(2);
    watch('w1', 'local');
    for (const l of 'abcde') router.publish(frame(l));
    expect(got('w1')).toEqual(['a', 'b']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 2, dropped: 2, inFlight: 2 });
    router.ack('w1', 'local');
    expect(got('w1')).toEqual(['a', 'b', 'e']);
    router.ack('w1', 'local');
    router.ack('w1', 'local');
    expect(got('w1')).toEqual(['a', 'b', 'e']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 3, dropped: 2, inFlight: 0 });
  });

  it('delivers the newest frame to a slow viewer (marbles)', () => {
    new TestScheduler((a, e) => expect(a).toEqual(e)).run(({ hot, expectObservable }) => {
      const router = new FrameRouter(2);
      const delivered = new Subject<string>();
      router.attach('slow', (bytes) => delivered.next(label(bytes)));
      router.subscribe('slow', 'local');
      hot('a-b-c-d-e-f').subscribe((l) => router.publish(frame(l)));
      hot('------x-----x').subscribe(() => router.ack('slow', 'local'));
      expectObservable(delivered).toBe('a-b---d-----f');
    });
  });

  it('does not let a slow viewer hold back another', () => {
    const { router, got, watch } = setup(1);
    watch('fast', BIG);
    watch('slow', BIG);
    for (const l of 'abcdef') {
      router.publish(frame(l, BIG));
      router.ack('fast', BIG);
    }
    expect(got('fast')).toEqual([...'abcdef']);
    expect(got('slow')).toEqual(['a']);
    expect(router.stats('slow', BIG)).toEqual({ sent: 1, dropped: 4, inFlight: 1 });
  });

  it('counts in flight per stream: a viewer saturated on one stream still gets another', () => {
    const router = new FrameRouter(1);
    const streams: string[] = [];
    router.attach('w1', (bytes) => streams.push(`${decodeFrame(bytes)!.stream}:${label(bytes)}`));
    router.subscribe('w1', 'local');
    router.subscribe('w1', BIG);
    router.publish(frame('a'));
    router.publish(frame('b'));
    router.publish(frame('x', BIG));
    expect(streams).toEqual(['local:a', `${BIG}:x`]);
  });

  it('copies each frame once per viewer into a buffer the viewer owns, so the engine may reuse its own', () => {
    const { router } = setup(2);
    const sent: Uint8Array[] = [];
    for (const w of ['w1', 'w2']) {
      router.attach(w, (bytes) => sent.push(bytes));
      router.subscribe(w, 'local');
    }
    const f = frame('a');
    router.publish(f);
    f.data[0] = 'z'.charCodeAt(0);
    expect(sent.map(label)).toEqual(['a', 'a']);
    expect(sent[0].buffer).not.toBe(sent[1].buffer);
    expect(sent[0].byteOffset).toBe(0);
    expect(sent[0].byteLength).toBe(sent[0].buffer.byteLength);
  });

  it('holds one frame per stalled pair, in one reused buffer', () => {
    const { router, watch } = setup(1);
    watch('stalled', 'local');
    router.publish(frame('a'));
    router.publish(frame('b'));
    const held = router.heldBytes();
    expect(held).toBeGreaterThan(0);
    for (const l of 'cdefgh') router.publish(frame(l));
    expect(router.heldBytes()).toBe(held);
    router.detach('stalled');
    expect(router.heldBytes()).toBe(0);
  });

  it('numbers frames per stream, and starts again once the stream lost its last viewer', () => {
    const { router } = setup(5);
    const numbers: number[] = [];
    router.attach('w1', (bytes) => numbers.push(decodeFrame(bytes)!.frameNo));
    router.subscribe('w1', 'local');
    router.publish(frame('a'));
    router.publish(frame('b'));
    router.unsubscribe('w1', 'local');
    router.subscribe('w1', 'local');
    router.publish(frame('c'));
    expect(numbers).toEqual([1, 2, 1]);
  });

  it('does nothing without viewers, and refuses a subscription of a viewer that is not attached', () => {
    const { router, demand } = setup(1);
    router.publish(frame('a'));
    expect(router.subscribe('ghost', 'local')).toBe(false);
    expect(demand).toEqual([]);
  });

  it('reports demand on the first subscribe and the last unsubscribe only', () => {
    const { router, demand, watch } = setup();
    watch('w1', BIG);
    watch('w1', BIG);
    watch('w2', BIG);
    expect(demand).toEqual([[BIG, true]]);
    expect(router.wants(BIG)).toBe(true);
    router.unsubscribe('w1', BIG);
    router.unsubscribe('w1', BIG);
    router.unsubscribe('w3', 'local');
    expect(demand).toEqual([[BIG, true]]);
    router.unsubscribe('w2', BIG);
    expect(demand).toEqual([[BIG, true], [BIG, false]]);
    expect(router.wants(BIG)).toBe(false);
    watch('w2', BIG);
    expect(demand).toEqual([[BIG, true], [BIG, false], [BIG, true]]);
  });

  it('detach drops every stream of that viewer and only its last-viewer demands', () => {
    const { router, demand, got, watch } = setup();
    watch('w1', 'local', BIG);
    watch('w2', BIG);
    router.detach('w1');
    expect(demand).toEqual([['local', true], [BIG, true], ['local', false]]);
    expect(router.stats('w1', 'local')).toBeNull();
    expect(router.stats('w1', BIG)).toBeNull();
    router.publish(frame('z', BIG));
    expect(got('w1')).toEqual([]);
    expect(got('w2')).toEqual(['z']);
    router.detach('w1');
    expect(demand).toHaveLength(3);
  });

  it('ignores acks for unknown pairs and acks beyond what was sent', () => {
    const { router, got, watch } = setup(1);
    router.ack('nobody', 'local');
    watch('w1', 'local');
    router.ack('w1', 'local');
    router.publish(frame('a'));
    router.publish(frame('b'));
    expect(got('w1')).toEqual(['a']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 1, dropped: 0, inFlight: 1 });
  });
});

describe('FrameRouter buffer reuse', () => {
  /** A router whose viewers record what they were sent: the bytes themselves, and their labels as they arrived. */
  function reuse(maxInFlight = 2) {
    const router = new FrameRouter(maxInFlight);
    const sent = new Map<string, Uint8Array[]>();
    const labels = new Map<string, string[]>();
    const open = (viewer: string, ...streams: StreamKey[]) => {
      router.attach(viewer, (bytes) => {
        sent.set(viewer, [...(sent.get(viewer) ?? []), bytes]);
        labels.set(viewer, [...(labels.get(viewer) ?? []), label(bytes)]);
      });
      for (const stream of streams) router.subscribe(viewer, stream);
    };
    const sentTo = (viewer: string) => sent.get(viewer) ?? [];
    const labelsOf = (viewer: string) => labels.get(viewer) ?? [];
    return { router, open, sentTo, labelsOf };
  }

  it('writes a later frame into a buffer the viewer gave back, instead of a new one', () => {
    const { router, open, sentTo } = reuse();
    open('w1', 'local');
    router.publish(frame('a'));
    const [first] = sentTo('w1');
    expect(router.reclaim('w1', first.buffer as ArrayBuffer)).toBe(true);
    router.ack('w1', 'local');
    router.publish(frame('b'));
    expect(sentTo('w1')[1].buffer).toBe(first.buffer);
    expect(label(sentTo('w1')[1])).toBe('b');
    expect(router.bufferStats()).toEqual({ allocated: 1, reused: 1, pooledBytes: 0 });
  });

  it('fills the waiting slot from the pool too, so a viewer at its limit costs no allocation per frame', () => {
    const { router, open, sentTo, labelsOf } = reuse(1);
    open('w1', 'local');
    router.publish(frame('a'));
    router.reclaim('w1', sentTo('w1')[0].buffer as ArrayBuffer);
    router.publish(frame('b'));
    expect(router.bufferStats()).toMatchObject({ allocated: 1, reused: 1 });
    router.ack('w1', 'local');
    expect(labelsOf('w1')).toEqual(['a', 'b']);
    expect(sentTo('w1')[1].buffer).toBe(sentTo('w1')[0].buffer);
  });

  it('ignores a buffer returned twice', () => {
    const { router, open, sentTo } = reuse();
    open('w1', 'local');
    router.publish(frame('a'));
    const buffer = sentTo('w1')[0].buffer as ArrayBuffer;
    expect(router.reclaim('w1', buffer)).toBe(true);
    expect(router.reclaim('w1', buffer)).toBe(false);
    router.ack('w1', 'local');
    router.publish(frame('b'));
    router.publish(frame('c'));
    // One came back, so only one of the two frames could reuse it.
    expect(router.bufferStats()).toMatchObject({ allocated: 2, reused: 1 });
    expect(sentTo('w1')[2].buffer).not.toBe(sentTo('w1')[1].buffer);
  });

  it("ignores foreign buffers: a frame never sent, another viewer's, another stream's pair gone, or no frame at all", () => {
    const { router, open, sentTo } = reuse();
    open('w1', 'local', BIG);
    open('w2', 'local');
    router.publish(frame('a'));
    router.publish(frame('x', BIG));
    const forged = encodeFrame({ stream: 'local', width: 2, height: 2, rotation: 0, timestamp: 1, frameNo: 9 }, frame('f').data);
    expect(router.reclaim('w1', forged.buffer as ArrayBuffer)).toBe(false);
    expect(router.reclaim('w1', sentTo('w2')[0].buffer as ArrayBuffer)).toBe(true);
    // w2's own frame 1 was taken back by w1 above (it lent frame 1 too); w2 can still return its own.
    expect(router.reclaim('w2', sentTo('w2')[0].buffer as ArrayBuffer)).toBe(true);
    router.unsubscribe('w1', BIG);
    expect(router.reclaim('w1', sentTo('w1')[1].buffer as ArrayBuffer)).toBe(false);
    expect(router.reclaim('w1', new ArrayBuffer(64))).toBe(false);
    expect(router.reclaim('nobody', sentTo('w1')[0].buffer as ArrayBuffer)).toBe(false);
  });

  it('keeps a bounded pool per pair, however many buffers come back', () => {
    const { router, open, sentTo } = reuse(8);
    open('w1', 'local');
    for (const l of 'abcdefgh') router.publish(frame(l));
    for (const bytes of sentTo('w1')) router.reclaim('w1', bytes.buffer as ArrayBuffer);
    expect(router.bufferStats().pooledBytes).toBe(FRAME_POOL_SIZE * sentTo('w1')[0].byteLength);
  });

  it("releases a closed viewer's buffers, and takes none back for it afterwards", () => {
    const { router, open, sentTo } = reuse();
    open('w1', 'local');
    router.publish(frame('a'));
    router.publish(frame('b'));
    router.reclaim('w1', sentTo('w1')[0].buffer as ArrayBuffer);
    expect(router.bufferStats().pooledBytes).toBeGreaterThan(0);
    router.detach('w1');
    expect(router.bufferStats().pooledBytes).toBe(0);
    expect(router.reclaim('w1', sentTo('w1')[1].buffer as ArrayBuffer)).toBe(false);
  });
});

describe('frames through the broker', () => {
  const videoFrame = (width: number, height: number, fill: number): TRTCVideoFrame => {
    const length = i420Length(width, height);
    return {
      videoFormat: 1,
      bufferType: 1,
      data: new Uint8Array(length).fill(fill).buffer,
      textureId: 0,
      length,
      width,
      height,
      timestamp: 1000 + fill,
      rotation: 0,
    };
  };

  it('pulls a stream only while a window shows it and numbers its frames', () => {
    const { broker, engine } = createTestBroker();
    const w = new InMemoryWindow(broker);
    engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(4, 2, 1));
    expect(w.frames).toEqual([]);
    w.send({ t: 'subscribe', stream: 'local' });
    engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(4, 2, 2));
    engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(4, 2, 3));
    const frames = w.frames.map((bytes) => decodeFrame(bytes)!);
    expect(frames.map((f) => [f.stream, f.width, f.height, f.timestamp, f.frameNo, f.data[0]])).toEqual([
      ['local', 4, 2, 1002, 1, 2],
      ['local', 4, 2, 1003, 2, 3],
    ]);
  });

  it('starts and stops the remote view as the first window subscribes and the last one goes away', () => {
    const { broker, engine } = createTestBroker();
    const [a, b] = [new InMemoryWindow(broker), new InMemoryWindow(broker)];
    a.send({ t: 'subscribe', stream: BIG });
    b.send({ t: 'subscribe', stream: BIG });
    expect(engine.callsTo('startRemoteView')).toEqual([['anna', null, TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
    engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2, 2, 7));
    expect([a.frames.length, b.frames.length]).toEqual([1, 1]);
    a.send({ t: 'unsubscribe', stream: BIG });
    expect(engine.callsTo('stopRemoteView')).toEqual([]);
    b.close();
    expect(engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
  });

  it('holds back frames for a window that does not acknowledge them', () => {
    const { broker, engine } = createTestBroker();
    const w = new InMemoryWindow(broker);
    w.send({ t: 'subscribe', stream: 'local' });
    for (let i = 1; i <= 5; i++) engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2, 2, i));
    expect(w.frames.map((bytes) => decodeFrame(bytes)!.frameNo)).toEqual([1, 2]);
    w.send({ t: 'frame-ack', stream: 'local' });
    expect(w.frames.map((bytes) => decodeFrame(bytes)!.frameNo)).toEqual([1, 2, 5]);
  });

  it("replays a window's subscriptions to a fresh engine, and frames flow again", () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.send({ t: 'subscribe', stream: 'local' });
    t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2, 2, 1));
    t.stepped.crash();
    t.timers.advance(0);
    expect(t.stepped.generations).toHaveLength(2);
    t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2, 2, 9));
    expect(w.frames.map((bytes) => decodeFrame(bytes)!.data[0])).toEqual([1, 9]);
  });
});
