// The show benchmark's engine worker: the sandbox engine behind the engine contract, as
// electron/engine/worker/engine-worker.ts serves it, with the show's anchors on the cloud (their cameras set
// to the show's encoders, which scenario steps cannot do), a clock precise enough to time frames across
// processes, and a side channel for readiness, clock and CPU. Started by engineWorkerLauncher().
import { BroadcastChannel, parentPort } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { serveEngine } from '../../electron/engine/engine-endpoint';
import { EngineHost } from '../../electron/engine/engine-host';
import { nodeEngineChannel } from '../../electron/engine/pairs/node-engine-channel';
import { SandboxCloud, SandboxTRTCCloud, runScenario } from '../../electron/sandbox';
import { RealClock } from '../../electron/time/clock';
import { REMOTE_ANCHORS, SHOW_SCENARIO } from '../frames/show-load';
import { threadCpuMs } from '../thread-cpu';
import { SHOW_CONTROL_CHANNEL, type ShowControlReply, type ShowControlRequest } from './show-control';

/** Real time in fractional milliseconds since the epoch: frame timestamps precise enough for per-frame latency. */
class PreciseClock extends RealClock {
  override now(): number {
    return performance.timeOrigin + performance.now();
  }
}

if (!parentPort) throw new Error('show-engine-worker.ts runs only as a worker thread');

const control = new BroadcastChannel(SHOW_CONTROL_CHANNEL);
const reply = (message: ShowControlReply) => control.postMessage(message);

const clock = new PreciseClock();
const cloud = new SandboxCloud({ clock, seed: 7, sdkAppId: SANDBOX_SDK_APP_ID, secretKey: randomBytes(32).toString('hex') });
const host = new EngineHost(new SandboxTRTCCloud(cloud), 'sandbox');

const show = runScenario(cloud, SHOW_SCENARIO);
const waitForAnchors = clock.setInterval(() => {
  if (REMOTE_ANCHORS.some((a) => !show.participants.has(a.userId))) return;
  clock.clearInterval(waitForAnchors);
  for (const anchor of REMOTE_ANCHORS) show.participants.get(anchor.userId)!.setVideoEncoderParam({ ...anchor.encoder, minVideoBitrate: 0, enableAdjustRes: false });
  reply({ t: 'anchors-ready' });
}, 5);

serveEngine({ host, sandbox: cloud, channel: nodeEngineChannel(parentPort), clock, crash: () => process.exit(70) });

control.onmessage = (event: unknown) => {
  const request = (event as { data: ShowControlRequest }).data;
  if (request.t === 'clock') reply({ t: 'clock', id: request.id, now: clock.now() });
  else if (request.t === 'cpu') reply({ t: 'cpu', id: request.id, ms: threadCpuMs() });
};
