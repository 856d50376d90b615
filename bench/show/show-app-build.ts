// The preview/wall app as the show benchmark serves it: a production build of the working tree's sources into
// a folder of the benchmark's own, so it measures the renderer code as it is now without touching dist/ (which
// other runs, e2e and npm start, serve).
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bin, ROOT } from '../../scripts/run-command';
import { buildInputs, listFiles } from '../../scripts/app-build';

/** Where the benchmark's build of the preview/wall app goes. */
export const SHOW_APP_OUT = join(tmpdir(), 'broadcaster-show-bench', 'preview-window');

/** The build's browser folder, as the host serves it. */
export const SHOW_APP_DIR = join(SHOW_APP_OUT, 'browser');

/** Why the benchmark's build is out of date, or undefined when it is newer than every source file. */
function staleReason(): string | undefined {
  const index = join(SHOW_APP_DIR, 'index.html');
  if (!existsSync(index)) return 'not built yet';
  const builtAt = statSync(index).mtimeMs;
  const newer = listFiles(buildInputs('preview-window'), (f) => f.endsWith('.spec.ts')).find((f) => statSync(f).mtimeMs > builtAt);
  return newer ? `${newer.slice(ROOT.length + 1)} changed` : undefined;
}

/** Builds the preview/wall app into SHOW_APP_OUT when its sources changed; throws with the build's output if it fails. */
export async function buildShowApp(log: (line: string) => void): Promise<void> {
  const reason = staleReason();
  if (!reason) return log(`preview-window: the benchmark's build in ${SHOW_APP_OUT} is up to date`);
  const started = performance.now();
  let output = '';
  const code = await new Promise<number>((resolve) => {
    const child = spawn(bin('ng'), ['build', 'preview-window', '--output-path', SHOW_APP_OUT], {
      cwd: ROOT,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => {
      output += err.message;
      resolve(1);
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`ng build preview-window failed (exit ${code}):\n${output}`);
  log(`preview-window: built into ${SHOW_APP_OUT} in ${((performance.now() - started) / 1000).toFixed(1)} s (${reason})`);
}
