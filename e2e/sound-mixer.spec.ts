import { screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';
import { levelsOver, setRange } from './support/meters';

// The audio mixer on the sandbox, whose voice levels follow the mix as a listener hears it: a guest's volume
// changes only this console's meters of that guest, in every window; the send volume changes the own level.
test('a guest turned down here goes quiet on every meter of this console, while the own mic keeps its level', async ({ windows }, testInfo) => {
  test.slow(); // samples meters for several seconds at each step
  const { console: panel, wall } = windows;
  const out = (file: string) => testInfo.outputPath(file);
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await panel.getByTestId('toggle-mic').click();

  const channel = panel.locator('[data-testid=remote-channel][data-user=guest_anchor]');
  const mixerMeter = channel.getByTestId('remote-channel-meter');
  const participantMeter = panel.locator('[data-testid=participant][data-user=guest_anchor]').getByTestId('participant-volume');
  const wallMeter = wall.locator('[data-testid=wall-tile][data-user=guest_anchor]').getByTestId('tile-voice');
  const ownMeter = panel.getByTestId('mixer-mic-meter');

  // guest_anchor talks: every meter of it moves, and the mixer's meter holds its peak.
  await expect.poll(async () => Math.max(...(await levelsOver(mixerMeter, 1500))), { timeout: 15_000 }).toBeGreaterThan(20);
  await expect.poll(async () => Math.max(...(await levelsOver(wallMeter, 1500))), { timeout: 15_000 }).toBeGreaterThan(20);
  expect(Number(await mixerMeter.getAttribute('data-peak'))).toBeGreaterThan(0);
  await screenshotPanel(panel, 'mixer-heading', out('mixer-guest-talking.png'));

  // Turned down to 0 here: this console's meters of guest_anchor go silent in every window...
  await setRange(channel.getByTestId('remote-volume'), 0);
  await expect(channel.getByTestId('remote-volume')).toHaveValue('0');
  await panel.waitForTimeout(800);
  expect(Math.max(...(await levelsOver(mixerMeter, 2500)))).toBe(0);
  expect(Math.max(...(await levelsOver(participantMeter, 1000)))).toBe(0);
  expect(Math.max(...(await levelsOver(wallMeter, 1000)))).toBe(0);
  // ...while the own microphone, which the guest's volume does not touch, keeps talking.
  await expect.poll(async () => Math.max(...(await levelsOver(ownMeter, 1500))), { timeout: 15_000 }).toBeGreaterThan(20);
  await screenshotAll(windows, 'guest-turned-down', out);
  await screenshotPanel(panel, 'mixer-heading', out('mixer-guest-turned-down.png'));

  // Back to 100: the guest is heard again.
  await setRange(channel.getByTestId('remote-volume'), 100);
  await expect.poll(async () => Math.max(...(await levelsOver(wallMeter, 1500))), { timeout: 15_000 }).toBeGreaterThan(20);

  // The send volume at 0: what others hear of this console, its own meter included, is silence.
  await setRange(panel.getByTestId('capture-volume'), 0);
  await expect(panel.getByTestId('capture-volume')).toHaveValue('0');
  await panel.waitForTimeout(800);
  expect(Math.max(...(await levelsOver(ownMeter, 2500)))).toBe(0);
});
