import { MessageChannel } from 'node:worker_threads';

import type { MessageEnd } from '../../engine/contract';
import { domEngineChannel, domMessageEnd, type DomPortLike } from './dom-engine-channel';

// Node's MessagePort offers the DOM's addEventListener/start/close and message events with `data` and `ports`.
const dom = (port: unknown) => port as DomPortLike;

/** Waits for the next message a MessageEnd hears. */
const next = (end: MessageEnd) => new Promise<unknown>((resolve) => {
  const stop = end.listen((m) => {
    stop();
    resolve(m);
  });
});

describe('domMessageEnd', () => {
  it('carries messages both ways and moves a frame’s buffer instead of copying it', async () => {
    const { port1, port2 } = new MessageChannel();
    const a = domMessageEnd<unknown, Uint8Array>(dom(port1));
    const b = domMessageEnd<Uint8Array, unknown>(dom(port2));
    const frame = new Uint8Array([1, 2, 3]);
    const heard = next(b as MessageEnd);
    a.post(frame, [frame.buffer]);
    expect(frame.byteLength).toBe(0);
    expect(await heard).toEqual(new Uint8Array([1, 2, 3]));
    a.close();
  });
});

describe('domEngineChannel', () => {
  it('puts a viewer port that came beside a viewer-open message into it, as a working MessageEnd', async () => {
    const main = new MessageChannel();
    const viewer = new MessageChannel();
    const channel = domEngineChannel(dom(main.port2));
    const heard = next(channel as MessageEnd);
    main.port1.postMessage({ t: 'viewer-open', viewerId: 'w1' }, [viewer.port1]);
    const message = (await heard) as { t: string; viewerId: string; port: MessageEnd };
    expect(message).toMatchObject({ t: 'viewer-open', viewerId: 'w1' });
    const window = domMessageEnd(dom(viewer.port2));
    const atWindow = next(window);
    message.port.post('frame');
    expect(await atWindow).toBe('frame');
    main.port1.close();
    viewer.port2.close();
  });

  it('passes every other message through as it came', async () => {
    const main = new MessageChannel();
    const channel = domEngineChannel(dom(main.port2));
    const heard = next(channel as MessageEnd);
    main.port1.postMessage({ t: 'ping', n: 3 });
    expect(await heard).toEqual({ t: 'ping', n: 3 });
    main.port1.close();
  });
});
