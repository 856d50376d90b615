import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import type { Benchmark } from '../benchmark';

/**
 * The I420 renderers in headless Chromium (see run-renderers.ts). The runner is
 * synchronous and Playwright is not, so it runs as a child process; its exit
 * code carries the targets.
 */
export const rendererBenchmark: Benchmark = {
  name: 'renderers',
  run(): boolean {
    const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'run-renderers.ts')], { stdio: 'inherit' });
    return child.status === 0;
  },
};
