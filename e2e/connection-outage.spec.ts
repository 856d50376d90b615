import { sendCommand } from './support/bridge-tool';
import { expect, screenshotAll, test } from './support/fixtures';

// onConnectionLost, onTryToReconnect and onConnectionRecovery reach every window as one clear state with its
// duration: the console's status strip, the preview's corner and the wall's bar all time the same outage.
test('a dropped network is timed in every window while it lasts, and its length is told once recovered', async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  const out = (file: string) => testInfo.outputPath(file);
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await expect(panel.getByTestId('strip-connection')).toHaveText('Connected');
  await expect(wall.getByTestId('wall-connection')).toBeHidden();

  expect((await sendCommand(panel.url(), { type: 'sandbox.dropConnection', ms: 6000 })).ok).toBe(true);
  const badges = [panel.getByTestId('strip-connection'), preview.getByTestId('preview-connection'), wall.getByTestId('wall-connection')];
  for (const badge of badges) {
    await expect(badge).toHaveAttribute('role', 'alert');
    await expect(badge).toHaveText(/^(Connection lost|Reconnecting) 0:0\d$/);
  }
  // The clock runs on: a few seconds in, every window shows the outage has lasted at least 0:02.
  for (const badge of badges) await expect(badge).toHaveText(/^(Connection lost|Reconnecting) 0:0[2-9]$/, { timeout: 5000 });
  await screenshotAll(windows, 'connection-reconnecting', out);

  for (const badge of badges) await expect(badge).toHaveText(/^Recovered after 0:0[5-8]$/, { timeout: 10_000 });
  await expect(preview.getByTestId('preview-network')).toBeVisible();
  await screenshotAll(windows, 'connection-recovered', out);
});
