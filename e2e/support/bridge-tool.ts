import WebSocket from 'ws';

/** What a remote-control tool gets back for a command. */
export interface ToolResult {
  ok: boolean;
  error?: { code: string; message: string; field?: string };
}

/**
 * Sends one command over the bridge as an external tool would (docs/protocol.md):
 * connect with the token, send, wait for the result with the same id.
 */
export async function sendCommand(consoleUrl: string, command: unknown): Promise<ToolResult> {
  const page = new URL(consoleUrl);
  const ws = new WebSocket(`ws://${page.host}/bridge?token=${page.searchParams.get('token')}`);
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ t: 'command', id: 'tool-1', command }));
    return await new Promise<ToolResult>((resolve) =>
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const message = JSON.parse(data.toString());
        if (message.t === 'result' && message.id === 'tool-1') resolve(message);
      }),
    );
  } finally {
    ws.close();
  }
}
