import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sendCommand } from './support/bridge-tool';
import { startHostProcess } from './support/browser-host-process';
import { expect, test } from './support/fixtures';

test('a view-scoped wall cannot command, says it only watches, and the console opens windows with the view token', async ({ windows, host, context }) => {
  await expect(windows.wall.getByTestId('view-only')).toHaveText('View only');
  await expect(windows.preview.getByTestId('view-only')).toHaveText('View only');
  await expect(windows.console.getByTestId('view-only')).toHaveCount(0);

  const refused = await sendCommand(host.page('/wall'), { type: 'setLocalMirror', mirror: true });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'this window may only watch: its token does not allow commands' } });
  // The same command with the console's token goes through.
  expect(await sendCommand(host.url, { type: 'setLocalMirror', mirror: true })).toMatchObject({ ok: true });

  const [wall] = await Promise.all([context.waitForEvent('page'), windows.console.getByTestId('open-wall').click()]);
  await expect(wall.getByTestId('view-only')).toHaveText('View only');
  expect(new URL(wall.url()).searchParams.get('token')).toBe(new URL(host.page('/wall')).searchParams.get('token'));
});

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('with --token-file, a restarted host gets its open windows back by themselves', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-e2e-tokens-'));
  const args = ['--port', String(await freePort()), '--token-file', join(dir, 'tokens.json')];
  const context = await browser.newContext();
  try {
    const first = await startHostProcess('still', args);
    const console = await context.newPage();
    const wall = await context.newPage();
    await console.goto(first.url);
    await wall.goto(first.page('/wall'));
    for (const page of [console, wall]) await expect(page.getByTestId('session-status')).toHaveText('Not in a room');

    await first.stop();
    for (const page of [console, wall]) await expect(page.getByTestId('bridge-status')).toBeVisible();

    const second = await startHostProcess('still', args);
    try {
      expect(second.url).toBe(first.url);
      for (const page of [console, wall]) await expect(page.getByTestId('bridge-status')).toHaveCount(0, { timeout: 20_000 });
      // Back on the same show: the console's commands reach every window, no reload needed.
      await console.getByTestId('enter-room').click();
      for (const page of [console, wall]) await expect(page.getByTestId('session-status')).toHaveText('In room');
      await expect(wall.getByTestId('view-only')).toHaveText('View only');
    } finally {
      await second.stop();
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
