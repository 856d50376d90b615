import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A browser host started for one test. */
export interface HostProcess {
  /** The console URL with its control token, as the host printed it. */
  url: string;
  /** The URL the host printed for a window: the console's (control), the preview's and the wall's (view only). */
  page(path: '/' | '/preview' | '/wall'): string;
  /** SIGTERM, then wait for the clean shutdown (room exit first). */
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Starts `electron/browser-host/main.ts` with a scenario (on a free port unless `args` names one, with any
 * other options in `args`), and waits for the URLs it prints.
 */
export async function startHostProcess(scenario: string, args: readonly string[] = []): Promise<HostProcess> {
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron', 'browser-host', 'main.ts'), ...port, '--scenario', scenario, ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const urls = await new Promise<Record<'/' | '/preview' | '/wall', string>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = (label: string) => new RegExp(`${label} \\([^)]*\\): (http:\\/\\/\\S+)`).exec(output)?.[1];
      const [control, preview, wall] = [printed('Open'), printed('Preview'), printed('Wall')];
      if (control && preview && wall) {
        clearTimeout(timer);
        resolve({ '/': control, '/preview': preview, '/wall': wall });
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
    url: urls['/'],
    page: (path) => urls[path],
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
