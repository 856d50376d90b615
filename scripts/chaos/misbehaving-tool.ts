import WebSocket from 'ws';

import type { ServerMessage } from '@broadcast-core/bridge';

import type { HostileMessage, ToolScope } from './misbehaving-messages';
import { sleep } from './wait';

/** What the tool saw: every message answered as documented, or what was not. */
export interface ToolOutcome {
  sent: number;
  /** Refusals by code (and `close` for sockets the host closed). */
  answers: Record<string, number>;
  /** Answers that were not the documented refusal (an `ok: true` above all). */
  wrong: string[];
}

/** Pause between hostile messages: a tool in a loop, but slow enough that most answers are not just `rate-limited`. */
const PACE_MS = 40;
const ANSWER_TIMEOUT_MS = 3000;

/** One tool socket: the next result or close it sees. */
class ToolSocket {
  private socket!: WebSocket;
  private waiting: ((answer: string) => void) | null = null;
  private opened!: Promise<void>;

  constructor(private readonly url: string) {
    this.connect();
  }

  /** Sends `text` and resolves with `code:<error code>`, `ok`, `close:<code>` or `timeout`. */
  async exchange(text: string): Promise<string> {
    await this.opened;
    const answer = new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), ANSWER_TIMEOUT_MS);
      this.waiting = (a) => {
        clearTimeout(timer);
        resolve(a);
      };
    });
    this.socket.send(text);
    const result = await answer;
    this.waiting = null;
    if (result.startsWith('close')) this.connect();
    return result;
  }

  close(): void {
    this.socket.terminate();
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.opened = new Promise((resolve) => socket.once('open', () => resolve()));
    socket.on('error', () => undefined);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.t === 'result') this.waiting?.(message.ok ? 'ok' : `code:${message.error.code}`);
    });
    socket.on('close', (code) => {
      if (socket === this.socket) this.waiting?.(`close:${code}`);
    });
  }
}

/**
 * Sends the hostile messages over the tool's own sockets (one per scope), one at a time, and checks each
 * answer against the refusal the protocol documents; a socket the host closes is opened again.
 */
export async function runMisbehavingTool(urls: Record<ToolScope, string>, messages: readonly HostileMessage[]): Promise<ToolOutcome> {
  const sockets = { control: new ToolSocket(urls.control), view: new ToolSocket(urls.view) };
  const outcome: ToolOutcome = { sent: 0, answers: {}, wrong: [] };
  try {
    for (const message of messages) {
      const answer = await sockets[message.scope].exchange(message.text);
      outcome.sent++;
      const code = answer === 'close:1009' ? 'close' : answer.replace(/^code:/, '');
      outcome.answers[code] = (outcome.answers[code] ?? 0) + 1;
      if (!(message.expect as readonly string[]).includes(code)) {
        outcome.wrong.push(`${message.kind} over ${message.scope} got ${answer}, expected ${message.expect.join(' or ')}: ${message.text.slice(0, 120)}`);
      }
      await sleep(PACE_MS);
    }
  } finally {
    sockets.control.close();
    sockets.view.close();
  }
  return outcome;
}
