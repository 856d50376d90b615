import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApps } from './app-build';
import { ROOT } from './run-command';

/**
 * `npm start [-- args]`: builds the apps when missing or stale, then runs the
 * browser host (electron/browser-host/main.ts) with the given arguments.
 */
const HOST = join(ROOT, 'electron', 'browser-host', 'main.ts');

async function main(): Promise<void> {
  if (!existsSync(HOST)) {
    console.error('The browser host is not there yet: electron/browser-host/main.ts does not exist, so there is nothing to start.');
    process.exitCode = 1;
    return;
  }
  console.log('Checking the app builds...');
  if (!(await buildApps())) {
    console.error('Not starting: the app build failed.');
    process.exitCode = 1;
    return;
  }
  // Same Node, with tsx's loader, so the host runs from TypeScript sources.
  const child = spawn(process.execPath, ['--import', 'tsx', HOST, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

void main();
