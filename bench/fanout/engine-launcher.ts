import type { Worker } from 'node:worker_threads';

import type { EngineLauncher } from '../../electron/engine/contract';
import { engineWorkerLauncher } from '../../electron/engine/pairs/worker-engine';

/** An engine launcher for a benchmark's own worker entry, that keeps a handle on the running Worker. */
export interface BenchEngines {
  /** Starts a fresh engine worker, exactly as `workerEngineLauncher` does for the sandbox's entry. */
  readonly launcher: EngineLauncher;
  /** The Worker of the engine running now (for its event loop utilization), or null before the first start. */
  readonly worker: Worker | null;
}

/**
 * Runs `entry` (a worker entry path without extension) as the engine, in a worker thread of this process: the
 * same channel (`nodeMessageEnd(worker)`), viewer ports (`openNodeViewer`), exit notices and termination as the
 * browser host's `workerEngineLauncher`, so the broker cannot tell it from the product's engine worker.
 */
export function benchEngines(entry: string, workerData: unknown): BenchEngines {
  let current: Worker | null = null;
  const launcher = engineWorkerLauncher(entry, workerData, (worker) => (current = worker));
  return {
    launcher,
    get worker() {
      return current;
    },
  };
}
