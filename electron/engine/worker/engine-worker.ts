// The engine worker's entry: the sandbox engine behind the contract, on this worker's parentPort.
import { parentPort, workerData } from 'node:worker_threads';

import type { EngineCrashMode } from '../contract';
import { CRASH_EXIT_CODE } from '../pairs/crash-reason';
import { nodeEngineChannel } from '../pairs/node-engine-channel';
import { serveSandboxEngine, type SandboxEngineConfig } from '../serve-sandbox-engine';

function crash(mode: EngineCrashMode): void {
  if (mode === 'exit') process.exit(CRASH_EXIT_CODE);
  if (mode === 'throw') {
    setImmediate(() => {
      throw new Error('crashed on purpose (sandbox.crashEngine)');
    });
    return;
  }
  // A hang: the thread stays busy and answers nothing until the broker terminates it.
  for (;;) {
    // Spin: the heartbeat, not this loop, decides when it is over.
  }
}

if (!parentPort) throw new Error('engine-worker.ts runs only as a worker thread');
serveSandboxEngine(nodeEngineChannel(parentPort), { ...(workerData as SandboxEngineConfig), crash });
