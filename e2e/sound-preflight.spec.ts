import { screenshotPanel } from './support/all-windows';
import { expect, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

// The pre-flight checklist on the sandbox: a weak access network (the sandbox panel's fault) fails the network
// check with advice in words; healed, the same check passes; the camera test shows a moving picture before
// entering; the mic test hears the host; the test sound's level shows, and a muted speaker warns; entering clears it.
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
  // The camera test: a live picture without entering, drawn by the engine side as its own stream.
  await expect(panel.getByTestId('preflight-camera')).toHaveAttribute('data-level', 'pass');
  await expect(panel.getByTestId('preflight-camera-advice')).toContainText('The camera shows a picture (640×360)');
  await expectMovingVideo(panel.getByTestId('preflight-camera-view'), out, 'preflight-camera');
  await expect(panel.getByTestId('session-status')).not.toHaveText('In room');
  // The speaker test: the sandbox's test sound plays with a live level.
  await expect(panel.getByTestId('preflight-speaker')).toHaveAttribute('data-level', 'pass');
  await expect(panel.getByTestId('preflight-speaker-advice')).toContainText('The test sound played');
  await expect.poll(async () => Number(await panel.getByTestId('preflight-speaker-meter').getAttribute('aria-valuenow')), { message: 'the test sound has a level' }).toBeGreaterThan(20);
  await screenshotPanel(panel, 'session-heading', out('preflight-weak.png'));

  // A muted speaker plays nothing: the check warns, in words, with what to do.
  await panel.getByTestId('speaker-device-mute').check();
  await expect(panel.getByTestId('preflight-speaker')).toHaveAttribute('data-level', 'warn');
  await expect(panel.getByTestId('preflight-speaker-advice')).toHaveText('Speaker muted: unmute it or pick another.');
  await expect.poll(async () => Number(await panel.getByTestId('preflight-speaker-meter').getAttribute('aria-valuenow')), { message: 'a muted speaker is silent' }).toBe(0);
  await panel.getByTestId('speaker-device-mute').uncheck();

  await panel.getByTestId('heal-network').click();
  await expect(panel.getByTestId('sandbox-notice')).toContainText('healthy again');
  await panel.getByTestId('preflight-run').click();
  await expect(panel.getByTestId('preflight-network')).toHaveAttribute('data-level', 'pass', { timeout: 10_000 });
  await expect(panel.getByTestId('preflight-network-advice')).toContainText('enough for your encoder');
  await screenshotPanel(panel, 'session-heading', out('preflight-healed.png'));

  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await expect(panel.getByTestId('preflight-network')).toHaveCount(0);
  await expect(panel.getByTestId('preflight-camera-view')).toHaveCount(0);
});
