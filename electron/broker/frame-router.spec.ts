import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame, i420Length, type StreamKey } from '@broadcast-core/bridge';

import { FrameRouter } from './frame-router';
import { createTestBroker } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

const BIG = 'remote:anna:big' as StreamKey;

/** A one-byte "frame" labelled by a character, so deliveries read as marbles. */
const frame = (label: string) => Uint8Array.of(label.charCodeAt(0));
const label = (bytes: Uint8Array) => String.fromCharCode(bytes[0]);

/** A router with recording sinks and demand changes. */
function setup(maxInFlight = 2) {
  const demand: [StreamKey, boolean][] = [];
  const router = new FrameRouter(maxInFlight, (stream, wanted) => demand.push([stream, wanted]));
  const received = new Map<string, string[]>();
  const sink = (key: string) => (bytes: Uint8Array) => received.set(key, [...(received.get(key) ?? []), label(bytes)]);
  const got = (key: string) => received.get(key) ?? [];
  return { router, demand, sink, got };
}

describe('FrameRouter', () => {
  it('keeps at most maxInFlight frames unacknowledged per window and stream, then only the newest waits', () => {
    const { router, sink, got } = setup(2);
    router.subscribe('w1', 'local', sink('w1'));
    for (const l of 'abcde') router.publish('local', () => frame(l));
    expect(got('w1')).toEqual(['a', 'b']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 2, dropped: 2, inFlight: 2 });
    router.ack('w1', 'local');
    expect(got('w1')).toEqual(['a', 'b', 'e']);
    router.ack('w1', 'local');
    router.ack('w1', 'local');
    expect(got('w1')).toEqual(['a', 'b', 'e']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 3, dropped: 2, inFlight: 0 });
  });

  it('delivers the newest frame to a slow window (marbles)', () => {
    new TestScheduler((a, e) => expect(a).toEqual(e)).run(({ hot, expectObservable }) => {
      const { router } = setup(2);
      const delivered = new Subject<string>();
      router.subscribe('slow', 'local', (bytes) => delivered.next(label(bytes)));
      hot('a-b-c-d-e-f').subscribe((l) => router.publish('local', () => frame(l)));
      hot('------x-----x').subscribe(() => router.ack('slow', 'local'));
      expectObservable(delivered).toBe('a-b---d-----f');
    });
  });

  it('does not let a slow window hold back another', () => {
    const { router, sink, got } = setup(1);
    router.subscribe('fast', BIG, sink('fast'));
    router.subscribe('slow', BIG, sink('slow'));
    for (const l of 'abcdef') {
      router.publish(BIG, () => frame(l));
      router.ack('fast', BIG);
    }
    expect(got('fast')).toEqual([...'abcdef']);
    expect(got('slow')).toEqual(['a']);
    expect(router.stats('slow', BIG)).toEqual({ sent: 1, dropped: 4, inFlight: 1 });
  });

  it('counts in flight per stream: a window saturated on one stream still gets another', () => {
    const { router, sink, got } = setup(1);
    router.subscribe('w1', 'local', sink('local'));
    router.subscribe('w1', BIG, sink('big'));
    router.publish('local', () => frame('a'));
    router.publish('local', () => frame('b'));
    router.publish(BIG, () => frame('x'));
    expect(got('local')).toEqual(['a']);
    expect(got('big')).toEqual(['x']);
  });

  it('encodes at most once per publish, and not at all without viewers', () => {
    const { router, sink } = setup(1);
    const encode = jest.fn(() => frame('a'));
    router.publish('local', encode);
    expect(encode).not.toHaveBeenCalled();
    for (const w of ['w1', 'w2', 'w3']) router.subscribe(w, 'local', sink(w));
    router.publish('local', encode);
    expect(encode).toHaveBeenCalledTimes(1);
    router.publish('local', encode);
    expect(encode).toHaveBeenCalledTimes(2);
    router.publish(BIG, encode);
    expect(encode).toHaveBeenCalledTimes(2);
    for (const w of ['w1', 'w2', 'w3']) router.unsubscribe(w, 'local');
    router.publish('local', encode);
    expect(encode).toHaveBeenCalledTimes(2);
  });

  it('reports demand on the first subscribe and the last unsubscribe only', () => {
    const { router, demand, sink } = setup();
    router.subscribe('w1', BIG, sink('w1'));
    router.subscribe('w1', BIG, sink('w1'));
    router.subscribe('w2', BIG, sink('w2'));
    expect(demand).toEqual([[BIG, true]]);
    expect(router.wants(BIG)).toBe(true);
    router.unsubscribe('w1', BIG);
    router.unsubscribe('w1', BIG);
    router.unsubscribe('w3', 'local');
    expect(demand).toEqual([[BIG, true]]);
    router.unsubscribe('w2', BIG);
    expect(demand).toEqual([[BIG, true], [BIG, false]]);
    expect(router.wants(BIG)).toBe(false);
    router.subscribe('w2', BIG, sink('w2'));
    expect(demand).toEqual([[BIG, true], [BIG, false], [BIG, true]]);
  });

  it('removeWindow drops every stream of that window and only its last-viewer demands', () => {
    const { router, demand, sink, got } = setup();
    router.subscribe('w1', 'local', sink('w1'));
    router.subscribe('w1', BIG, sink('w1'));
    router.subscribe('w2', BIG, sink('w2'));
    router.removeWindow('w1');
    expect(demand).toEqual([['local', true], [BIG, true], ['local', false]]);
    expect(router.stats('w1', 'local')).toBeNull();
    expect(router.stats('w1', BIG)).toBeNull();
    router.publish(BIG, () => frame('z'));
    expect(got('w1')).toEqual([]);
    expect(got('w2')).toEqual(['z']);
    router.removeWindow('w1');
    expect(demand).toHaveLength(3);
  });

  it('ignores acks for unknown pairs and acks beyond what was sent', () => {
    const { router, sink, got } = setup(1);
    router.ack('nobody', 'local');
    router.subscribe('w1', 'local', sink('w1'));
    router.ack('w1', 'local');
    router.publish('local', () => frame('a'));
    router.publish('local', () => frame('b'));
    expect(got('w1')).toEqual(['a']);
    expect(router.stats('w1', 'local')).toEqual({ sent: 1, dropped: 0, inFlight: 1 });
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
    const { broker, engine } = createTestBroker({ maxFramesInFlight: 1 });
    const w = new InMemoryWindow(broker);
    w.send({ t: 'subscribe', stream: 'local' });
    for (let i = 1; i <= 4; i++) engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2, 2, i));
    expect(w.frames.map((bytes) => decodeFrame(bytes)!.frameNo)).toEqual([1]);
    w.send({ t: 'frame-ack', stream: 'local' });
    expect(w.frames.map((bytes) => decodeFrame(bytes)!.frameNo)).toEqual([1, 4]);
  });
});
