import { TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame, i420Length } from '@broadcast-core/bridge';

import { createTestBroker, jsonNormal, voiceVolume } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';
import { CATCH_UP_CHECK_MS } from './window-budget';

const BUDGET = 16 * 1024;

function videoFrame(n: number, width = 32, height = 32): TRTCVideoFrame {
  const length = i420Length(width, height);
  return { videoFormat: 1, bufferType: 1, data: new Uint8Array(length).fill(n % 256).buffer, textureId: 0, length, width, height, timestamp: n, rotation: 0 };
}

/** A room of `n` remote users whose voice levels change on every report. */
function storm(t: ReturnType<typeof createTestBroker>, reports: number, users = 40): void {
  for (let i = 0; i < users; i++) t.engine.emit({ name: 'onRemoteUserEnterRoom', args: [`user_${i}`] });
  for (let r = 0; r < reports; r++) {
    const volumes = Array.from({ length: users }, (_, i) => voiceVolume(`user_${i}`, 10 + ((r * 7 + i * 13) % 90)));
    t.engine.emit({ name: 'onUserVoiceVolume', args: [volumes, users, 50] });
  }
}

describe('Broker: a window that stops reading is held to a byte budget', () => {
  it('stops sending actions to a stalled window past the budget, keeps the others going, and catches it up with a snapshot once it drains', () => {
    const t = createTestBroker({ windowBudgetBytes: BUDGET });
    const stalled = new InMemoryWindow(t.broker, { reportsBacklog: true });
    const reading = new InMemoryWindow(t.broker, { reportsBacklog: true });
    let largest = 0;
    for (let round = 0; round < 20; round++) {
      storm(t, 10);
      largest = Math.max(largest, ...reading.sent.map((text) => text.length));
      reading.flush();
      // What waits for the stalled window never passes the budget by more than one message.
      expect(stalled.backlog()).toBeLessThanOrEqual(BUDGET + largest);
    }
    const seq = t.broker.snapshot().seq;
    expect(reading.seq).toBe(seq);
    expect(reading.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
    expect(stalled.sent.length).toBeLessThan(reading.sent.length);

    // It takes what was queued, then the broker notices the drained socket and sends the state as it is now.
    stalled.flush();
    expect(stalled.seq).toBeLessThan(seq);
    t.timers.advance(CATCH_UP_CHECK_MS);
    expect(stalled.pendingKinds()).toEqual(['snapshot']);
    stalled.flush();
    expect(stalled.seq).toBe(seq);
    expect(stalled.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
    expect(stalled.resyncRequests).toBe(0);

    // And it hears every action again, in order.
    storm(t, 2);
    stalled.flush();
    reading.flush();
    expect(stalled.shared()).toEqual(reading.shared());
  });

  it('still answers the stalled window’s own commands', () => {
    const t = createTestBroker({ windowBudgetBytes: BUDGET });
    const stalled = new InMemoryWindow(t.broker, { reportsBacklog: true });
    storm(t, 30);
    stalled.command('bad', { type: 'exitRoom' });
    expect(stalled.pendingKinds().at(-1)).toBe('result');
  });

  it('holds a client that acks frames without reading them to the budget, keeps an honest window’s frames flowing, and gives it the newest frame once it drains', () => {
    const t = createTestBroker({ windowBudgetBytes: BUDGET });
    const liar = new InMemoryWindow(t.broker, { reportsBacklog: true });
    const honest = new InMemoryWindow(t.broker, { reportsBacklog: true });
    liar.flush();
    honest.flush();
    liar.send({ t: 'subscribe', stream: 'local' });
    honest.send({ t: 'subscribe', stream: 'local' });
    const frameBytes = 32 + i420Length(32, 32) + 8;
    let honestFrames = 0;
    for (let n = 1; n <= 200; n++) {
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(n));
      // The liar acks everything it is sent and reads nothing; the honest window reads and acks.
      liar.send({ t: 'frame-ack', stream: 'local' });
      for (const _ of honest.readFrames()) {
        honestFrames++;
        honest.send({ t: 'frame-ack', stream: 'local' });
      }
      expect(liar.backlog()).toBeLessThanOrEqual(BUDGET + frameBytes);
    }
    expect(honestFrames).toBe(200);
    expect(liar.frames.length).toBeLessThan(20);

    liar.readFrames();
    t.timers.advance(CATCH_UP_CHECK_MS);
    t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(201));
    const fresh = liar.readFrames().map((f) => decodeFrame(f)?.timestamp);
    expect(fresh).toContain(201);
  });
});
