// When the host hands each frame to a window's WebSocket: `ws`'s send, watched in this (the host's) process.
import WebSocket from 'ws';

/** Per stream: this thread's clock at send minus the engine's frame timestamp, ms (clocks not yet aligned). */
export type SendTimes = Map<string, number[]>;

const keys = new TextDecoder();

/** Starts recording frame sends; `stop` puts `ws`'s send back. */
export function watchFrameSends(): { read(): SendTimes; reset(): void; stop(): void } {
  const original = WebSocket.prototype.send;
  let times: SendTimes = new Map();
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    if (data instanceof Uint8Array && data.length >= 32 && data[0] === 0xf1) {
      const header = new DataView(data.buffer, data.byteOffset, 32);
      const stream = keys.decode(data.subarray(32, 32 + header.getUint16(2, true)));
      let list = times.get(stream);
      if (!list) times.set(stream, (list = []));
      list.push(performance.timeOrigin + performance.now() - header.getFloat64(16, true));
    }
    return (original as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof original;
  return {
    read: () => times,
    reset: () => {
      times = new Map();
    },
    stop: () => {
      WebSocket.prototype.send = original;
    },
  };
}
