// A remote-control tool on the bridge (docs/protocol.md), as an operator's script would drive the show.
import WebSocket from 'ws';

import { BRIDGE_PATH, type Command } from '@broadcast-core/bridge';

/** One connection to the broker that sends commands and waits for their results. */
export class BridgeTool {
  private next = 1;
  private readonly waiting = new Map<string, (result: { ok: boolean; error?: { message: string } }) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data, binary) => {
      if (binary) return;
      const message = JSON.parse(data.toString()) as { t: string; id?: string; ok: boolean; error?: { message: string } };
      if (message.t === 'result' && message.id) this.waiting.get(message.id)?.(message);
    });
  }

  /** Connects to the host on `port` with its token (a tool sends no Origin: the token alone lets it in). */
  static async connect(port: number, token: string): Promise<BridgeTool> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new BridgeTool(ws);
  }

  /** Sends a command; throws when the broker refuses it or the engine fails it. */
  async command(command: Command): Promise<void> {
    const id = `show-${this.next++}`;
    const result = await new Promise<{ ok: boolean; error?: { message: string } }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no result for ${command.type} in 10 s`)), 10_000);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(r);
      });
      this.ws.send(JSON.stringify({ t: 'command', id, command }));
    });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error?.message}`);
  }

  /** Closes the connection. */
  close(): void {
    this.ws.close();
  }
}
