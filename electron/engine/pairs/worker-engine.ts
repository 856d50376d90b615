import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { nodeMessageEnd, type EngineLauncher, type EngineProcess } from '../contract';
import { exitNotifier } from './exit-notifier';
import { openNodeViewer } from './node-engine-channel';
import type { SandboxEngineConfig } from '../serve-sandbox-engine';

/** The engine worker's entry, without its extension: the sandbox engine behind the contract. */
export const SANDBOX_WORKER_ENTRY = join(__dirname, '..', 'worker', 'engine-worker');

/**
 * A Worker running an engine worker entry (a path without extension). Compiled builds run its `.js`
 * directly; from TypeScript sources (npm start, specs, benchmarks) a one-line bootstrap registers tsx in
 * the worker first, since a worker does not inherit the parent's loader hooks.
 */
export function startEngineWorker(entry: string, workerData: unknown): Worker {
  const compiled = `${entry}.js`;
  if (existsSync(compiled)) return new Worker(compiled, { workerData });
  const source = `${entry}.ts`;
  const tsx = require.resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Starts an engine worker entry afresh on every launch: its channel is the worker's own, each viewer gets a
 * port to it, and its exit (an error, a crash, a terminate) is told once. `onStart` sees each Worker
 * (benchmarks read its event loop).
 */
export function engineWorkerLauncher(entry: string, workerData: unknown, onStart?: (worker: Worker) => void): EngineLauncher {
  return (): EngineProcess => {
    const worker = startEngineWorker(entry, workerData);
    onStart?.(worker);
    const exit = exitNotifier();
    worker.on('error', (e: Error) => exit.exited(`the engine threw: ${e.message}`));
    worker.on('exit', (code) => exit.exited(`the engine exited with code ${code}`));
    return {
      channel: nodeMessageEnd(worker),
      openViewer: (viewerId) => openNodeViewer(worker, viewerId),
      onExit: exit.onExit,
      terminate: async () => {
        exit.stopped();
        await worker.terminate();
      },
    };
  };
}

/**
 * Starts the sandbox engine in a worker thread of this process (the browser host's engine): the broker's
 * thread runs no engine code and no frame generation, so on two cores the two share the work. Only
 * messages cross: calls and events on the worker's channel, frames on each viewer's own port.
 */
export function workerEngineLauncher(config: SandboxEngineConfig): EngineLauncher {
  return engineWorkerLauncher(SANDBOX_WORKER_ENTRY, config);
}
