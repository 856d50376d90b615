import { MessageChannel } from 'node:worker_threads';
import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame } from '@broadcast-core/bridge';

import { nodeMessageEnd } from './contract';
import { BIG, served, videoFrame } from './testing/endpoint-harness';

describe('serveEngine', () => {
  describe('viewers', () => {
    it('sends a viewer the frames of the streams it subscribed to, on its own port', () => {
      const t = served();
      const v = t.openViewer('w1');
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(v.decoded().map((f) => [f.stream, f.width, f.height, f.timestamp, f.frameNo, f.data[0]])).toEqual([['local', 2, 2, 1002, 1, 2]]);
      // Frames go to the viewer's port, never over the broker's channel.
      expect(t.kindsSince(1)).toEqual([]);
    });

    it('holds a stream at two frames in flight until the viewer acks, then sends the newest', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 4; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2]);
      expect(t.endpoint.heldFrameBytes()).toBeGreaterThan(0);
      v.port.post({ t: 'frame-ack', stream: 'local' });
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2, 4]);
      expect(t.endpoint.heldFrameBytes()).toBe(0);
    });

    it('pulls a remote stream while a viewer shows it, and lets go of it on unsubscribe', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: BIG });
      expect(t.engine.callsTo('startRemoteView')).toEqual([['anna', null, TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(7));
      expect(v.decoded().map((f) => [f.stream, f.data[0]])).toEqual([[BIG, 7]]);
      v.port.post({ t: 'unsubscribe', stream: BIG });
      expect(t.engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      expect(t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(8))).toBe(false);
      expect(v.frames).toHaveLength(1);
    });

    it('keeps viewers apart: each gets its own frames and acks only its own', () => {
      const t = served();
      const a = t.openViewer('w1');
      const b = t.openViewer('w2');
      a.port.post({ t: 'subscribe', stream: 'local' });
      b.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      b.port.post({ t: 'frame-ack', stream: 'local' });
      expect(a.decoded().map((f) => f.data[0])).toEqual([1, 2]);
      expect(b.decoded().map((f) => f.data[0])).toEqual([1, 2, 3]);
      expect(a.frames[0].buffer).not.toBe(b.frames[0].buffer);
    });

    it('ends a closed viewer: its port closes, its streams are let go, and nothing more reaches it', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: BIG });
      t.broker.post({ t: 'viewer-close', viewerId: 'w1' });
      expect(t.engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      const calls = t.engine.calls.length;
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      expect(t.engine.calls.length).toBe(calls);
    });

    it('replaces a viewer that opens again under the same id: the old port hears nothing more', () => {
      const t = served();
      const old = t.openViewer('w1');
      old.port.post({ t: 'subscribe', stream: 'local' });
      const fresh = t.openViewer('w1');
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(old.frames).toEqual([]);
      expect(fresh.frames).toEqual([]);
      fresh.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(fresh.decoded().map((f) => f.data[0])).toEqual([2]);
      expect(old.frames).toEqual([]);
    });

    it.each([
      ['a stream that is no stream key', { t: 'subscribe', stream: 'remote:anna:huge' }],
      ['an unknown kind', { t: 'play', stream: 'local' }],
      ['an extra key', { t: 'subscribe', stream: 'local', all: true }],
      ['a buffer on a subscribe', { t: 'subscribe', stream: 'local', buffer: new ArrayBuffer(8) }],
      ['an ack whose buffer is a view, not an ArrayBuffer', { t: 'frame-ack', stream: 'local', buffer: new Uint8Array(8) }],
      ['an ack whose buffer is shared', { t: 'frame-ack', stream: 'local', buffer: new SharedArrayBuffer(8) }],
      ['text', 'subscribe local'],
      ['null', null],
    ])('drops %s from a viewer, and changes nothing', (_what, message) => {
      const t = served();
      const v = t.openViewer('w1');
      const calls = t.engine.calls.length;
      v.port.post(message);
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      expect(t.engine.calls.length).toBe(calls);
      expect(t.kindsSince(1)).toEqual([]);
    });

    it("takes a frame's buffer back with the viewer's ack and writes a later frame into it", () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      const buffer = v.frames[0].buffer as ArrayBuffer;
      v.port.post({ t: 'frame-ack', stream: 'local', buffer });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(v.frames[1].buffer).toBe(buffer);
      expect(v.decoded()[1]).toMatchObject({ frameNo: 2, timestamp: 1002 });
      expect(t.endpoint.frameBuffers()).toEqual({ allocated: 1, reused: 1, pooledBytes: 0 });
    });

    it('still takes the ack when its buffer is not one it lent', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      v.port.post({ t: 'frame-ack', stream: 'local', buffer: new ArrayBuffer(64) });
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2, 3]);
      expect(t.endpoint.frameBuffers().reused).toBe(0);
    });

    it('moves frames out and their buffers back over real ports, reusing them', async () => {
      const t = served();
      const { port1, port2 } = new MessageChannel();
      t.broker.post({ t: 'viewer-open', viewerId: 'w1', port: nodeMessageEnd(port2) });
      const frames: number[] = [];
      const acked = new Promise<void>((resolve) => {
        port1.on('message', (bytes: Uint8Array) => {
          frames.push(decodeFrame(bytes)!.data[0]);
          const buffer = bytes.buffer as ArrayBuffer;
          port1.postMessage({ t: 'frame-ack', stream: 'local', buffer }, [buffer]);
          // Moved, not copied: this side holds nothing of it any more.
          expect(bytes.byteLength).toBe(0);
          if (frames.length === 4) resolve();
        });
      });
      port1.postMessage({ t: 'subscribe', stream: 'local' });
      const next = (fill: number) => setImmediate(() => t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(fill)));
      await new Promise((resolve) => setImmediate(resolve));
      for (let fill = 1; fill <= 4; fill++) {
        next(fill);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await acked;
      port1.close();
      expect(frames).toEqual([1, 2, 3, 4]);
      expect(t.endpoint.frameBuffers()).toMatchObject({ allocated: 1, reused: 3 });
    });

    it('ignores an ack for a stream the viewer does not show, or of a frame it never got', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      v.port.post({ t: 'frame-ack', stream: 'local' });
      v.port.post({ t: 'frame-ack', stream: BIG });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2]);
    });
  });
});
