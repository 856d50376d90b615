import { spawn } from 'node:child_process';

import { buildApps } from './app-build';
import { compileElectron } from './electron-compile';
import { electronBinaryOrExplain } from './electron-binary';
import { ROOT } from './run-command';

/**
 * `npm run desktop [-- args]`: the desktop app in development. Checks the Electron binary first (fails
 * fast without it), builds the apps when stale, compiles the Electron side, then starts Electron on the
 * compiled main (package.json `main`) with the given arguments, e.g. `-- --engine trtc`.
 */
async function main(): Promise<void> {
  const electron = electronBinaryOrExplain('npm run desktop');
  if (!electron) return;
  console.log('Checking the app builds...');
  if (!(await buildApps())) {
    console.error('Not starting: the app build failed.');
    process.exitCode = 1;
    return;
  }
  console.log('Compiling the Electron side...');
  if (!(await compileElectron())) {
    console.error('Not starting: the Electron side did not compile.');
    process.exitCode = 1;
    return;
  }
  // ELECTRON_RUN_AS_NODE left over in a shell would make Electron a plain Node and ignore the app.
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
  child.on('error', (err) => {
    console.error(`Could not start Electron (${electron}): ${err.message}`);
    process.exitCode = 1;
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

void main();
