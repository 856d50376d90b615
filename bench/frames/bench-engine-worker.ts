// The frame-transport benchmark's engine worker: the sandbox engine behind the engine contract, as
// electron/engine/worker/engine-worker.ts serves it, with the show's anchors on the cloud, a clock precise enough
// to time frames across processes, a byte-copy counter, and a capacity pump. Started with startEngineWorker().
import { BroadcastChannel, parentPort } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';

import { TRTCVideoStreamType, type TRTCVideoBufferType, type TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import type { EngineToBroker, MessageEnd } from '../../electron/engine/contract';
import { serveEngine } from '../../electron/engine/engine-endpoint';
import { EngineHost } from '../../electron/engine/engine-host';
import { nodeEngineChannel } from '../../electron/engine/pairs/node-engine-channel';
import { SandboxCloud, SandboxTRTCCloud, runScenario } from '../../electron/sandbox';
import { SyntheticVideoSource } from '../../electron/sandbox/common/media';
import { RealClock } from '../../electron/time/clock';
import { threadCpuMs } from '../thread-cpu';
import { installCopyCounter } from './copy-counter';
import { frameRingLength } from './memcpy-baseline';
import { CONSOLE_USER, CONTROL_CHANNEL, REMOTE_ANCHORS, SHOW_SCENARIO, type ControlReply, type ControlRequest } from './show-load';

/** Real time in fractional milliseconds since the epoch, on the same base as performance.timeOrigin in every process. */
class PreciseClock extends RealClock {
  override now(): number {
    return performance.timeOrigin + performance.now();
  }
}

/** The console's client, keeping the local render callback so the capacity pump can feed it as the SDK does. */
class BenchTRTCCloud extends SandboxTRTCCloud {
  localCallback: TRTCVideoRenderCallback | null = null;

  override setLocalVideoRenderCallback(pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    this.localCallback = callback;
    return super.setLocalVideoRenderCallback(pixelFormat, bufferType, callback);
  }
}

if (!parentPort) throw new Error('bench-engine-worker.ts runs only as a worker thread');

const copies = installCopyCounter();
const control = new BroadcastChannel(CONTROL_CHANNEL);
const reply = (message: ControlReply) => control.postMessage(message);

const clock = new PreciseClock();
const cloud = new SandboxCloud({ clock, seed: 7, sdkAppId: SANDBOX_SDK_APP_ID, secretKey: randomBytes(32).toString('hex') });
const client = new BenchTRTCCloud(cloud);
const host = new EngineHost(client, 'sandbox');

// The anchors: entered by the scenario runner; their cameras set here once their clients exist.
const show = runScenario(cloud, SHOW_SCENARIO);
const waitForAnchors = clock.setInterval(() => {
  if (REMOTE_ANCHORS.some((a) => !show.participants.has(a.userId))) return;
  clock.clearInterval(waitForAnchors);
  for (const anchor of REMOTE_ANCHORS) show.participants.get(anchor.userId)!.setVideoEncoderParam({ ...anchor.encoder, minVideoBitrate: 0, enableAdjustRes: false });
  reply({ t: 'participants-ready' });
}, 5);

// Capacity pump: a ring of distinct pre-rendered 1080p pictures, twice the last-level cache together (as the
// memcpy baseline's sources), the next one offered each time the router has no frame waiting: real frames are
// not in cache when the router copies them.
const picture = new SyntheticVideoSource(CONSOLE_USER);
picture.setFormat({ width: 1920, height: 1080, fps: 30 });
const frame = picture.render(clock.now());
const pictures = Array.from({ length: frameRingLength(frame.length) }, (_, i) => {
  // Each a copy of its own: the camera paints every picture into the same buffer.
  const data = picture.render(i * 40).data;
  if (!data) throw new Error('the synthetic camera rendered no picture');
  return data.slice(0);
});
let pumping = false;
let emitted = 0;
const emit = () => {
  // The camera's frame object, pointed at the next picture of the ring (the camera renders no more).
  frame.data = pictures[emitted % pictures.length];
  frame.timestamp = clock.now();
  emitted++;
  client.localCallback?.onRenderVideoFrame('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, frame);
};

/** After each viewer message (an ack frees a slot, and the router sends the waiting frame), top the route up again. */
function hookViewerPort(port: MessageEnd): MessageEnd {
  return {
    ...port,
    listen: (listener) =>
      port.listen((message) => {
        listener(message);
        if (pumping && endpoint.heldFrameBytes() === 0) emit();
      }),
  };
}

const base = nodeEngineChannel(parentPort);
const channel: MessageEnd<unknown, EngineToBroker> = {
  ...base,
  listen: (listener) =>
    base.listen((message) => {
      const m = message as { t?: unknown; port?: MessageEnd } | null;
      listener(m?.t === 'viewer-open' && m.port ? { ...m, port: hookViewerPort(m.port) } : message);
    }),
};

const endpoint = serveEngine({ host, sandbox: cloud, channel, clock, crash: () => process.exit(70) });

control.onmessage = (event: unknown) => {
  const request = (event as { data: ControlRequest }).data;
  switch (request.t) {
    case 'copies':
      reply({ t: 'copies', id: request.id, counts: copies.read() });
      if (request.reset) copies.reset();
      if (request.attribute !== undefined) copies.attribute(request.attribute);
      return;
    case 'clock':
      reply({ t: 'clock', id: request.id, now: clock.now() });
      return;
    case 'cpu':
      reply({ t: 'cpu', id: request.id, ms: threadCpuMs() });
      return;
    case 'buffers':
      reply({ t: 'buffers', id: request.id, ...endpoint.frameBuffers() });
      return;
    case 'pump':
      pumping = request.on;
      // Two frames in flight and one waiting: the route stays full without a busy loop.
      if (pumping) for (let i = 0; i < 3; i++) emit();
      reply({ t: 'pump', id: request.id, emitted });
      return;
  }
};
