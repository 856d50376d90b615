import type { Page } from '@playwright/test';

import { expect, screenshotAll, test } from './support/fixtures';
import { recordTexts } from './support/text-history';

const PUSH_URL = 'rtmp://push.example.com/live/secret-stream-key';

/** A screenshot of the console scrolled to the Go live panel (its timers tick, so the panel itself is never still enough for an element shot). */
async function screenshotGoLive(panel: Page, path: string): Promise<void> {
  await panel.locator('[data-testid=go-live-panel]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await panel.screenshot({ path });
}

// The CDN task lives 60 s into a failure on the sandbox clock before it reports "failed": this test waits for it.
test.setTimeout(240_000);

test('go live solo, switch to side by side for a PK on the same task, ride out a CDN failure, recover and stop', async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  const shot = (name: string) => screenshotAll(windows, name, (f) => testInfo.outputPath(f));
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await wall.getByTestId('layout-program').click();
  await expect(wall.getByTestId('program-idle')).toContainText('Not on the CDN');

  // A CDN target, saved in the preferences, its stream key never shown.
  await panel.getByTestId('cdn-target-name').fill('Main CDN');
  await panel.getByTestId('cdn-target-new-url').fill(PUSH_URL);
  await panel.getByTestId('cdn-target-add').click();
  await expect(panel.getByTestId('cdn-target-url')).toHaveText('rtmp://push.example.com/live/••••');
  await expect(panel.getByTestId('layout-schematic')).toBeVisible();

  // Go live: the cloud mix, solo.
  await panel.getByTestId('go-live-start').click();
  await expect(panel.getByTestId('go-live-status')).toHaveText('CDN task running');
  await expect(panel.getByTestId('cdn-url')).toContainText('pushing for');
  const task = (await panel.getByTestId('go-live-task').innerText()).match(/Task (\S+) ·/)![1];
  for (const page of [panel, preview, wall]) await expect(page.getByTestId('cdn-badge')).toContainText('LIVE (CDN)');
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  const program = wall.getByTestId('program-picture');
  await expect(program).toHaveAttribute('data-layout', 'solo');
  await expect(program.locator('bc-video-view')).toHaveClass(/has-frame/);
  await expect(wall.getByTestId('program-state')).toHaveText(/CDN pushing for \d+:\d\d/);
  await expect(wall.getByTestId('program-hosts')).toHaveText('Pushing to push.example.com');
  await expect(wall.locator('body')).not.toContainText('secret-stream-key');
  await shot('cdn-live-solo');
  await screenshotGoLive(panel, testInfo.outputPath('go-live-panel-solo.png'));

  // A PK starts: the same task switches to side by side by an update, its URL never reconnecting.
  const urlHistory = await recordTexts(panel, '[data-testid=cdn-url]');
  const statusHistory = await recordTexts(panel, '[data-testid=go-live-status]');
  await panel.getByTestId('pk-connect').click();
  await expect(panel.getByTestId('pk-status')).toHaveText('In PK with userB from room 978');
  await expect(program).toHaveAttribute('data-layout', 'pk');
  await expect(program).toHaveAttribute('data-task', task);
  await expect(panel.getByTestId('go-live-task')).toHaveText(`Task ${task} · mix`);
  await expect(panel.getByTestId('go-live-status')).toHaveText('CDN task running');
  expect(await statusHistory.read()).toEqual(['CDN task running', 'Switching the CDN task…', 'CDN task running']);
  expect((await urlHistory.read()).filter((t) => !/: pushing for /.test(t))).toEqual([]);
  await expect(program.locator('bc-video-view')).toHaveClass(/has-frame/);
  await shot('cdn-pk-side-by-side');

  // The CDN becomes unreachable: recovering, then failed after 60 s, each with its duration.
  await panel.getByTestId('cdn-unreachable').click();
  await expect(panel.getByTestId('cdn-url')).toContainText('recovering for');
  await expect(wall.getByTestId('program-state')).toHaveText(/CDN recovering for \d+:\d\d/);
  await expect(panel.getByTestId('cdn-badge')).toContainText('CDN recovering');
  await shot('cdn-recovering');
  await expect(wall.getByTestId('program-state')).toHaveText(/CDN failed for \d+:\d\d/, { timeout: 75_000 });
  await expect(wall.getByTestId('program-why')).toContainText('The CDN could not be reached for 60 s');
  await expect(panel.getByTestId('cdn-url')).toContainText('failed for');
  await expect(panel.getByTestId('cdn-badge')).toContainText('CDN failed');
  await shot('cdn-failed');
  await screenshotGoLive(panel, testInfo.outputPath('go-live-panel-failed.png'));

  // The CDN is back; a retry updates the same task and the URL pushes again.
  await panel.getByTestId('cdn-recover').click();
  await panel.getByTestId('go-live-retry').click();
  await expect(wall.getByTestId('program-state')).toHaveText(/CDN pushing for \d+:\d\d/);
  await expect(program).toHaveAttribute('data-task', task);
  await expect(panel.getByTestId('cdn-badge')).toContainText('LIVE (CDN)');
  await shot('cdn-pushing-again');

  // Stop: every window is off the CDN, still in the room.
  await panel.getByTestId('go-live-stop').click();
  await expect(panel.getByTestId('go-live-status')).toHaveText('Not on the CDN');
  for (const page of [panel, preview, wall]) await expect(page.getByTestId('cdn-badge')).toHaveCount(0);
  await expect(wall.getByTestId('program-idle')).toBeVisible();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await shot('cdn-stopped');
});
