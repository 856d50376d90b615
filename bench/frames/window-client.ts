// A window's side of the frame path, in its own process (forked by frame-transport.bench.ts): connects to the
// bridge over WebSocket, subscribes to streams, and acks each frame as soon as it arrived, as a window acks after
// drawing (here drawing takes no time). Records per stream: frames, bytes, arrival minus the engine's timestamp,
// and frame-number gaps (frames the router dropped for this window).
import { performance } from 'node:perf_hooks';

import WebSocket from 'ws';

import { decodeFrame } from '../../projects/broadcast-core/src/bridge/frame-codec';

/** What the benchmark tells the client. */
export type ClientCommand =
  | { cmd: 'connect'; url: string }
  | { cmd: 'subscribe'; streams: string[] }
  | { cmd: 'unsubscribe'; streams: string[] }
  /** Starts a measured window (counters reset). */
  | { cmd: 'start' }
  /** Ends it: the client answers with its figures. */
  | { cmd: 'stop' }
  | { cmd: 'clock'; id: number }
  | { cmd: 'exit' };

/** One stream's figures over a measured window. */
export interface StreamWindow {
  frames: number;
  bytes: number;
  /** Arrival time minus the frame's engine timestamp, ms, for every frame. */
  latencies: number[];
  /** Frame numbers skipped between consecutive arrivals (dropped for this window by newest-wins). */
  skipped: number;
  width: number;
  height: number;
}

/** What the client reports. */
export type ClientReport =
  | { t: 'connected'; windowId: string }
  | { t: 'window'; ms: number; streams: Record<string, StreamWindow>; cpuMs: number; elu: number; badFrames: number }
  | { t: 'clock'; id: number; now: number }
  | { t: 'error'; message: string };

const now = () => performance.timeOrigin + performance.now();
const send = (report: ClientReport) => process.send?.(report);

let ws: WebSocket | null = null;
let recording = false;
let started = 0;
let cpuAtStart = process.cpuUsage();
let eluAtStart = performance.eventLoopUtilization();
let streams = new Map<string, StreamWindow>();
let badFrames = 0;
const lastFrameNo = new Map<string, number>();
const ackTexts = new Map<string, string>();

function onFrame(bytes: Buffer): void {
  const arrived = now();
  const frame = decodeFrame(bytes);
  if (!frame) {
    badFrames++;
    return;
  }
  let ack = ackTexts.get(frame.stream);
  if (!ack) ackTexts.set(frame.stream, (ack = JSON.stringify({ t: 'frame-ack', stream: frame.stream })));
  ws?.send(ack);
  const previous = lastFrameNo.get(frame.stream);
  lastFrameNo.set(frame.stream, frame.frameNo);
  if (!recording) return;
  let s = streams.get(frame.stream);
  if (!s) streams.set(frame.stream, (s = { frames: 0, bytes: 0, latencies: [], skipped: 0, width: frame.width, height: frame.height }));
  s.frames++;
  s.bytes += bytes.length;
  s.latencies.push(arrived - frame.timestamp);
  if (previous !== undefined && frame.frameNo > previous + 1) s.skipped += frame.frameNo - previous - 1;
}

process.on('message', (raw) => {
  const command = raw as ClientCommand;
  switch (command.cmd) {
    case 'connect': {
      const socket = new WebSocket(command.url, { perMessageDeflate: false });
      ws = socket;
      socket.on('message', (data, isBinary) => {
        if (isBinary) {
          onFrame(data as Buffer);
          return;
        }
        const message = JSON.parse(String(data)) as { t: string; windowId?: string };
        if (message.t === 'hello') send({ t: 'connected', windowId: message.windowId ?? '?' });
      });
      socket.on('error', (err) => send({ t: 'error', message: err.message }));
      socket.on('close', (code, reason) => {
        if (code !== 1000 && code !== 1005) send({ t: 'error', message: `socket closed: ${code} ${String(reason)}` });
      });
      return;
    }
    case 'subscribe':
    case 'unsubscribe':
      for (const stream of command.streams) ws?.send(JSON.stringify({ t: command.cmd, stream }));
      return;
    case 'start':
      streams = new Map();
      badFrames = 0;
      recording = true;
      started = now();
      cpuAtStart = process.cpuUsage();
      eluAtStart = performance.eventLoopUtilization();
      return;
    case 'stop': {
      recording = false;
      const cpu = process.cpuUsage(cpuAtStart);
      send({
        t: 'window',
        ms: now() - started,
        streams: Object.fromEntries(streams),
        cpuMs: (cpu.user + cpu.system) / 1000,
        elu: performance.eventLoopUtilization(eluAtStart).utilization,
        badFrames,
      });
      return;
    }
    case 'clock':
      send({ t: 'clock', id: command.id, now: now() });
      return;
    case 'exit':
      ws?.close(1000);
      setTimeout(() => process.exit(0), 50);
      return;
  }
});
process.on('disconnect', () => process.exit(0));
