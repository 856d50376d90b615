import { screenshotPanel } from './support/all-windows';
import { expect, test } from './support/fixtures';

// The pre-flight checklist on the sandbox: a weak access network (the sandbox panel's fault) fails the network
// check with advice in words; healed, the same check passes; the mic test hears the host; entering clears it.
test('the pre-flight fails a weak network with advice, passes once it is healed, and gives way to the room', async ({ windows }, testInfo) => {
  test.slow(); // two speed tests of 2.5 s each, plus a mic test
  const { console: panel } = windows;
  const out = (file: string) => testInfo.outputPath(file);

  await panel.getByTestId('weak-network').click();
  await expect(panel.getByTestId('sandbox-notice')).toContainText('The network is weak now');
  await panel.getByTestId('preflight-run').click();
  await expect(panel.getByTestId('preflight-network')).toHaveAttribute('data-level', 'pending');
  await expect(panel.getByTestId('preflight-network')).toHaveAttribute('data-level', 'fail', { timeout: 10_000 });
  await expect(panel.getByTestId('preflight-network-advice')).toContainText(/Uplink 0\.\d Mbps is below the 0\.8 Mbps your encoder needs \(550 kbps video\): lower the bitrate or the resolution\./);
  await expect(panel.getByTestId('preflight-mic')).toHaveAttribute('data-level', 'pass', { timeout: 15_000 });
  await expect(panel.getByTestId('preflight-mic-advice')).toContainText('Heard you');
  await screenshotPanel(panel, 'session-heading', out('preflight-weak.png'));

  await panel.getByTestId('heal-network').click();
  await expect(panel.getByTestId('sandbox-notice')).toContainText('healthy again');
  await panel.getByTestId('preflight-run').click();
  await expect(panel.getByTestId('preflight-network')).toHaveAttribute('data-level', 'pass', { timeout: 10_000 });
  await expect(panel.getByTestId('preflight-network-advice')).toContainText('enough for your encoder');
  await screenshotPanel(panel, 'session-heading', out('preflight-healed.png'));

  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await expect(panel.getByTestId('preflight-network')).toHaveCount(0);
});
