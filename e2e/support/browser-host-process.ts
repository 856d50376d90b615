import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A browser host started for one test. */
export interface HostProcess {
  /** The console URL with its token, as the host printed it. */
  url: string;
  /** The same page set with another path (`/preview`, `/wall`). */
  page(path: '/' | '/preview' | '/wall'): string;
  /** SIGTERM, then wait for the clean shutdown (room exit first). */
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/** Starts `electron/browser-host/main.ts` on a free port with a scenario, and waits for its URL. */
export async function startHostProcess(scenario: string): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron', 'browser-host', 'main.ts'), '--port', '0', '--scenario', scenario],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    page: (path) => url.replace('/?', `${path}?`),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
