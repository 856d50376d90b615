import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The window paths the browser host prints a URL for. */
export type WindowPath = '/' | '/preview' | '/wall';

/** A browser host running as a child process, as `npm start` runs it. */
export interface BrowserHostProcess {
  /** The host's process id (for its memory). */
  pid: number;
  /** The URL printed for each window: the console's with the control token, the preview's and wall's with the view token. */
  urls: Record<WindowPath, string>;
  /** Everything the host printed so far. */
  output(): string;
  /** The exit code or signal once the host exited; null while it runs. */
  exited(): string | null;
  /** SIGTERM (the host leaves the room first), SIGKILL after 5 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const ROOT = join(__dirname, '..');
/** A cold start compiles the host with tsx first. */
const START_TIMEOUT_MS = 30_000;

/**
 * Starts `electron/browser-host/main.ts` with `args` (on a free port unless they name one) and waits for the
 * three URLs it prints. Used by the end-to-end tests and the chaos run.
 */
export async function startBrowserHostProcess(args: readonly string[]): Promise<BrowserHostProcess> {
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'browser-host', 'main.ts'), ...port, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = signal ?? String(code)));
  const urls = await new Promise<Record<WindowPath, string>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = (label: string) => new RegExp(`${label} \\([^)]*\\): (https?:\\/\\/\\S+)`).exec(output)?.[1];
      const [control, preview, wall] = [printed('Open'), printed('Preview'), printed('Wall')];
      if (control && preview && wall) {
        clearTimeout(timer);
        resolve({ '/': control, '/preview': preview, '/wall': wall });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
  return {
    pid: child.pid!,
    urls,
    output: () => output,
    exited: () => exit,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', (code) => {
          clearTimeout(force);
          resolve(code);
        });
        child.kill('SIGTERM');
      }),
  };
}
