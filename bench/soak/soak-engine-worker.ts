// The soak's engine worker: the product's sandbox engine (rehearsal scenario) behind the real engine contract,
// plus anchors of its own in the console's room (voice levels from all of them, video from some) and a churn of
// fresh anchors joining and leaving, with a control channel for the benchmark's memory samples.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';

import {
  TRTCAppScene,
  TRTCRoleType,
  TRTCVideoEncParam,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { serveEngine } from '../../electron/engine/engine-endpoint';
import { nodeEngineChannel } from '../../electron/engine/pairs/node-engine-channel';
import { createSandboxEngine } from '../../electron/engine/sandbox-engine';
import { SandboxTRTCCloud } from '../../electron/sandbox';
import { RealClock } from '../../electron/time/clock';
import { serveControl } from '../fanout/control-channel';
import { threadCpuMs } from '../thread-cpu';
import { wallNow } from '../fanout/wall-clock';

/** What the soak gives its engine worker. */
export interface SoakEngineData {
  /** The BroadcastChannel name of the soak's control channel. */
  control: string;
  /** The console's room (the rehearsal's 29834). */
  roomId: number;
  /** Anchors of the soak's own that stay all along; the first `videoAnchors` of them publish video too. */
  anchors: number;
  videoAnchors: number;
  /** Every this often the longest-present fresh anchor leaves and a fresh one (a new userId) enters, with video. */
  churnEveryMs: number;
  /** Fresh anchors present at once. */
  churnPresent: number;
  seed: number;
}

/** The engine side's memory, as sampled by the soak. */
export interface EngineMemory {
  /** The worker's own V8 heap in use. */
  heapUsed: number;
  /** Frames the frame router holds for viewers that are behind. */
  heldFrameBytes: number;
  /** Fresh anchors that entered so far. */
  churned: number;
  /** CPU time of the worker's thread so far, in ms. */
  cpuMs: number;
}

if (!parentPort) throw new Error('soak-engine-worker.ts runs only as a worker thread');
const data = workerData as SoakEngineData;
const clock = new RealClock();
const sandbox = createSandboxEngine({ clock, seed: data.seed, scenario: 'rehearsal' });
const endpoint = serveEngine({ host: sandbox.host, sandbox: sandbox.cloud, channel: nodeEngineChannel(parentPort), clock, crash: () => process.exit(1) });
const { cloud } = sandbox;

/** A virtual anchor in the console's room, with its microphone on, and its camera (big and small streams) if asked. */
function anchor(userId: string, video: boolean): SandboxTRTCCloud {
  const client = new SandboxTRTCCloud(cloud);
  client.enterRoom(
    { sdkAppId: cloud.sdkAppId, roomId: data.roomId, userId, userSig: cloud.signUserSig(userId), role: TRTCRoleType.TRTCRoleAnchor },
    TRTCAppScene.TRTCAppSceneLIVE,
  );
  client.startLocalAudio();
  if (video) {
    client.enableSmallVideoStream(
      true,
      new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_320_180, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 15, 150),
    );
    client.startLocalPreview(null);
  }
  return client;
}

for (let i = 0; i < data.anchors; i++) anchor(`soak_anchor_${String(i).padStart(2, '0')}`, i < data.videoAnchors);

const fresh: SandboxTRTCCloud[] = [];
let churned = 0;
setInterval(() => {
  // Leave first, then enter: the room never holds more anchors than TRTC allows (50).
  if (fresh.length >= data.churnPresent) fresh.shift()!.destroy();
  fresh.push(anchor(`soak_fresh_${churned++}`, true));
}, data.churnEveryMs);

serveControl(data.control, {
  memory: (): EngineMemory => ({ heapUsed: getHeapStatistics().used_heap_size, heldFrameBytes: endpoint.heldFrameBytes(), churned, cpuMs: threadCpuMs() }),
  clock: () => wallNow(),
});
