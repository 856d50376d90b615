import { screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';
import { levelsOver, setRange } from './support/meters';

const WARM_UP = 'sandbox://music/warm-up';

// Background music on the sandbox: a published track adds its level, by its publish volume, to what others hear of
// the anchor. The preview window's mic meter shows the local level as everyone hears it, so with the voice turned
// to 0 in the mixer, it is the music alone that moves it.
test('an anchor plays music and the preview window\'s meter of them rises with it, by the publish volume', async ({ windows }, testInfo) => {
  test.slow(); // samples meters for several seconds at each step
  const { console: panel, preview } = windows;
  const out = (file: string) => testInfo.outputPath(file);
  await panel.getByTestId('role').selectOption({ label: 'Anchor (publishes)' });
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await panel.getByTestId('toggle-mic').click();
  await expect(preview.getByTestId('preview-mic')).toContainText('Mic live');
  const previewMeter = preview.getByTestId('preview-mic').locator('bc-level-meter');

  // The voice at 0: the preview's meter of this anchor is silent.
  await setRange(panel.getByTestId('capture-volume'), 0);
  await expect(panel.getByTestId('capture-volume')).toHaveValue('0');
  await expect.poll(async () => Math.max(...(await levelsOver(previewMeter, 1500))), { timeout: 15_000 }).toBe(0);

  // Play the built-in warm-up track (it pulses between 45 and 60): the meter rises to it.
  const warmUp = panel.locator(`[data-testid=music-track][data-path="${WARM_UP}"]`);
  await warmUp.getByTestId('music-play-track').click();
  await expect(panel.getByTestId('music-status')).toHaveText('Playing');
  await expect(panel.getByTestId('music-track-name')).toHaveText('warm-up');
  await expect.poll(async () => Math.min(...(await levelsOver(previewMeter, 1500))), { timeout: 15_000 }).toBeGreaterThanOrEqual(40);
  expect(Math.max(...(await levelsOver(previewMeter, 1500)))).toBeLessThanOrEqual(60);
  // The seek bar runs on: the position moves.
  await expect(panel.getByTestId('music-position')).not.toHaveText(/^0:00 /);
  await expect(panel.getByTestId('music-position')).toContainText('of 0:30');
  await screenshotPanel(panel, 'music-heading', out('music-playing-panel.png'));
  await screenshotAll(windows, 'music-playing', out);

  // Half the publish volume: half the level.
  await setRange(panel.getByTestId('music-publish-volume'), 50);
  await expect(panel.getByTestId('music-publish-volume')).toHaveValue('50');
  await expect.poll(async () => Math.max(...(await levelsOver(previewMeter, 1500))), { timeout: 15_000 }).toBeLessThanOrEqual(30);
  expect(Math.min(...(await levelsOver(previewMeter, 1500)))).toBeGreaterThanOrEqual(20);

  // Paused: silence again, and the position stands.
  await panel.getByTestId('music-pause').click();
  await expect(panel.getByTestId('music-status')).toHaveText('Paused');
  await expect.poll(async () => Math.max(...(await levelsOver(previewMeter, 1500))), { timeout: 15_000 }).toBe(0);
  const stood = await panel.getByTestId('music-position').innerText();
  await panel.waitForTimeout(1500);
  await expect(panel.getByTestId('music-position')).toHaveText(stood);
});

test('a path the sandbox cannot open is added, fails with -4001, and the panel says so in words', async ({ windows }, testInfo) => {
  const { console: panel } = windows;
  await panel.getByTestId('music-path').fill('/no/such/folder/intro.mp3');
  await panel.getByTestId('music-add').click();
  const added = panel.locator('[data-testid=music-track][data-path="/no/such/folder/intro.mp3"]');
  await expect(added).toContainText('intro.mp3');
  await expect(added).toContainText('length unknown');
  await added.getByTestId('music-play-track').click();
  await expect(panel.getByTestId('music-status')).toHaveText('Failed');
  await expect(panel.getByTestId('music-error')).toHaveText(/The file could not be opened \(-4001\): check the path/);
  await expect(panel.getByTestId('music-error')).toHaveAttribute('data-code', '-4001');
  await screenshotPanel(panel, 'music-heading', testInfo.outputPath('music-cannot-open.png'));
});

test('a finished track goes on to the next in the playlist, and a track that breaks off says -4002 in words', async ({ windows }, testInfo) => {
  const { console: panel } = windows;
  // jingle (5 s) is followed by corrupt, which the sandbox fails to decode 3 s in.
  await panel.locator('[data-testid=music-track][data-path="sandbox://music/jingle"]').getByTestId('music-play-track').click();
  await expect(panel.getByTestId('music-status')).toHaveText('Playing');
  await expect(panel.getByTestId('music-track-name')).toHaveText('corrupt', { timeout: 15_000 });
  await expect(panel.getByTestId('music-status')).toHaveText('Failed', { timeout: 15_000 });
  await expect(panel.getByTestId('music-error')).toHaveText(/The file could not be decoded \(-4002\)/);
  await screenshotPanel(panel, 'music-heading', testInfo.outputPath('music-cannot-decode.png'));
});
