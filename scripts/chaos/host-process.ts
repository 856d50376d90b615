import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The browser host the chaos run plays against: a child process, as the end-to-end tests start it. */
export interface ChaosHost {
  /** The host's process id, for its memory. */
  pid: number;
  /** The URL the host printed for each window: the console's with the control token, the others with the view token. */
  urls: Record<'/' | '/preview' | '/wall', string>;
  /** Everything the host printed so far. */
  output(): string;
  /** The exit code or signal once the host exited on its own; null while it runs. */
  exited(): string | null;
  /** SIGTERM (the host leaves the room first), SIGKILL after 5 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Starts `electron/browser-host/main.ts` on a free port with the sandbox's rehearsal scenario (guests in the
 * console's room, userB and userC ready for a PK) and waits for the URLs it prints.
 */
export async function startChaosHost(scenario = 'rehearsal'): Promise<ChaosHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'browser-host', 'main.ts'), '--port', '0', '--scenario', scenario], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = signal ?? String(code)));
  const urls = await new Promise<ChaosHost['urls']>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = (label: string) => new RegExp(`${label} \\([^)]*\\): (http:\\/\\/\\S+)`).exec(output)?.[1];
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

/** The bridge's WebSocket URL for a window URL the host printed, with that URL's token (control or view). */
export function bridgeUrlOf(pageUrl: string): string {
  const page = new URL(pageUrl);
  return `ws://${page.host}/bridge?token=${page.searchParams.get('token') ?? ''}`;
}
