import type { Locator } from '@playwright/test';

import { expectEveryWindow, expectNoWindow, screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';
import { recordTexts } from './support/text-history';

/** Proves a m:ss timer runs: it shows a time, and a moment later another. */
async function expectTicking(timer: Locator): Promise<void> {
  await expect(timer).toHaveText(/^\d+:\d\d$/);
  const first = await timer.innerText();
  await expect(timer, 'the timer advances').not.toHaveText(first, { timeout: 3_000 });
  await expect(timer).toHaveText(/^\d+:\d\d$/);
}

// Guide step 10: anchor A (host_1, room 29834) calls connectOtherRoom({"roomId": 978, "userId": "userB"}).
test('a cross-room PK with userB in room 978 connects, runs a timer in every window, and ends cleanly', async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  await panel.getByTestId('enter-room').click();
  await expectEveryWindow(windows, 'session-status', 'In room');
  await wall.getByTestId('layout-pk-split').click();
  await expect(wall.getByTestId('pk-side-opponent')).toContainText('No one from the PK room yet.');

  // The guide's target is the panel's default.
  await expect(panel.getByTestId('pk-room-id')).toHaveValue('978');
  await expect(panel.getByTestId('pk-user-id')).toHaveValue('userB');
  const statusHistory = await recordTexts(panel, '[data-testid=pk-status]');
  await panel.getByTestId('pk-connect').click();

  await expect(panel.getByTestId('pk-status')).toHaveText('In PK with userB from room 978');
  expect((await statusHistory.read()).slice(0, 3)).toEqual(['No PK', 'Connecting to userB in room 978…', 'In PK with userB from room 978']);
  await expectEveryWindow(windows, 'session-pk', 'PK connected with userB');
  await expectTicking(panel.getByTestId('pk-elapsed'));
  await expect(preview.getByTestId('preview-pk')).toContainText('PK vs userB');
  await expect(preview.getByTestId('preview-pk-elapsed')).toHaveText(/^\d+:\d\d$/);

  // The wall's PK split: the own room's anchor on the left, userB on the right, the PK timer between.
  const opponentSide = wall.getByTestId('pk-side-opponent');
  await expect(opponentSide.getByRole('heading', { level: 2 })).toHaveText('PK room 978');
  const opponent = opponentSide.locator('[data-testid=wall-tile][data-user=userB]');
  await expect(opponent).toHaveAttribute('data-room', 'pk');
  await expect(opponent.locator('bc-video-view')).toHaveClass(/has-frame/);
  await expect(opponent.getByTestId('tile-name')).toHaveText('userB');
  await expect(wall.getByTestId('pk-side-own').locator('[data-testid=wall-tile]')).toHaveAttribute('data-user', 'guest_anchor');
  await expect(wall.getByTestId('pk-status')).toHaveText('PK with userB');
  await expectTicking(wall.getByTestId('pk-timer'));
  await screenshotAll(windows, 'pk-connected', (f) => testInfo.outputPath(f));
  await screenshotPanel(panel, 'pk-heading', testInfo.outputPath('pk-panel-connected.png'));

  // disconnectOtherRoom: every window is back to no PK, and userB leaves the wall.
  await panel.getByTestId('pk-disconnect').click();
  await expect(panel.getByTestId('pk-status')).toHaveText('No PK');
  expect((await statusHistory.read()).slice(3)).toEqual(['Ending the PK with userB…', 'No PK']);
  await expect(panel.getByTestId('pk-elapsed')).toHaveCount(0);
  await expect(panel.getByTestId('pk-error')).toHaveCount(0);
  await expectNoWindow(windows, 'session-pk');
  await expect(preview.getByTestId('preview-pk')).toHaveCount(0);
  await expect(wall.locator('[data-testid=wall-tile][data-user=userB]')).toHaveCount(0);
  await expect(wall.getByTestId('pk-status')).toHaveText('No PK in progress.');
  await expect(wall.getByTestId('pk-timer')).toHaveCount(0);
  await expect(wall.locator('[data-testid=wall-tile][data-user=guest_anchor]')).toBeVisible();
  await expect(panel.getByTestId('pk-connect')).toBeEnabled();
  await screenshotAll(windows, 'pk-ended', (f) => testInfo.outputPath(f));
});

test('a PK with an anchor who is not in that room fails, and the console says why in words', async ({ windows }, testInfo) => {
  const { console: panel, wall } = windows;
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await wall.getByTestId('layout-pk-split').click();

  await panel.getByTestId('pk-user-id').fill('userZ');
  await panel.getByTestId('pk-connect').click();
  await expect(panel.getByTestId('pk-error')).toContainText('The PK did not start: The target anchor is not in that room: check the user ID.');
  await expect(panel.getByTestId('pk-error-detail')).toContainText('userZ');
  await expect(panel.getByTestId('pk-status')).toHaveText('No PK');
  await expect(wall.getByTestId('pk-status')).toContainText('The last PK failed: The target anchor is not in that room');
  await expect(wall.getByTestId('pk-side-opponent').locator('[data-testid=wall-tile]')).toHaveCount(0);
  await expectNoWindow(windows, 'session-pk');
  await screenshotAll(windows, 'pk-user-absent', (f) => testInfo.outputPath(f));
  await screenshotPanel(panel, 'pk-heading', testInfo.outputPath('pk-panel-user-absent.png'));

  // A room nobody is in is a different reason, also in words; the form stays usable.
  await panel.getByTestId('pk-room-id').fill('4242');
  await panel.getByTestId('pk-user-id').fill('userB');
  await panel.getByTestId('pk-connect').click();
  await expect(panel.getByTestId('pk-error')).toContainText('The target room does not exist: check the room ID.');
  await expect(panel.getByTestId('pk-connect')).toBeEnabled();
});
