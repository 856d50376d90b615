import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The repository root: children resolve `@broadcast-core/*` through its tsconfig. */
const ROOT = join(__dirname, '..', '..');

/** A request to a benchmark's child process. */
export interface ChildRequest {
  id: number;
  op: string;
  args: unknown;
}

/** Its answer, or something the child says by itself (`id` 0, with `event`). */
export interface ChildReply {
  id: number;
  ok?: boolean;
  value?: unknown;
  error?: string;
  event?: string;
  data?: unknown;
}

/**
 * A window process of a benchmark: a TypeScript entry forked through tsx, spoken to with structured-clone IPC
 * (typed arrays travel as they are). Each call answers once; unsolicited messages go to `onEvent`.
 */
export class ChildRpc {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private nextId = 1;
  private exited = false;
  /** Told about each unsolicited message. */
  onEvent: (event: string, data: unknown) => void = () => undefined;

  constructor(entry: string, readonly name: string) {
    this.child = fork(entry, [name], {
      cwd: ROOT,
      execArgv: ['--require', require.resolve('tsx/cjs')],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: ChildReply) => {
      if (message.event) {
        this.onEvent(message.event, message.data);
        return;
      }
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(`${this.name}: ${message.error}`));
    });
    this.child.on('exit', (code) => {
      this.exited = true;
      for (const { reject, timer } of this.pending.values()) {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (code ${code})`));
      }
      this.pending.clear();
    });
  }

  /** The child's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  call<T>(op: string, args: unknown = null, timeoutMs = 60_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name} did not answer "${op}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.child.send({ id, op, args } satisfies ChildRequest);
    });
  }

  /** Ends the child (by its own process id), and waits until it is gone. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill();
    await gone;
  }
}

/** Serves a child's side: each request goes to its op's handler, and the outcome goes back with the request's id. */
export function serveParent(handlers: Record<string, (args: never) => unknown>): void {
  process.on('message', (request: ChildRequest) => {
    const reply = (outcome: Omit<ChildReply, 'id'>) => process.send?.({ id: request.id, ...outcome } satisfies ChildReply);
    const handler = handlers[request.op];
    if (!handler) {
      reply({ ok: false, error: `unknown op "${request.op}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(request.args as never))
      .then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
  // The parent going away ends the child.
  process.on('disconnect', () => process.exit(0));
}

/** Says something to the parent unasked. */
export function tellParent(event: string, data: unknown): void {
  process.send?.({ id: 0, event, data } satisfies ChildReply);
}
