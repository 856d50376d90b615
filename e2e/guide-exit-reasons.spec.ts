import { expectEveryWindow, screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';

// The exit guide's forced exits, triggered from the console's sandbox panel as Tencent's server API would:
// RemoveUser gives onExitRoom(1), DismissRoom gives onExitRoom(2).
test("the sandbox panel removes the console's user and dismisses its room; every window states why the session ended", async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  await panel.getByTestId('enter-room').click();
  await panel.getByTestId('toggle-preview').click();
  await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');

  const room = panel.locator('[data-testid=sandbox-room][data-room="29834"]');
  await expect(room.getByTestId('own-room')).toBeVisible();
  const me = room.locator('[data-testid=sandbox-member][data-user=host_1]');
  await expect(me.getByTestId('member-you')).toBeVisible();
  await screenshotPanel(panel, 'sandbox-heading', testInfo.outputPath('sandbox-panel-in-room.png'));
  await me.getByTestId('remove-user').click();
  // Removing asks first, naming who is sent out of which room.
  await expect(panel.getByTestId('confirm-consequences')).toContainText('host_1 is sent out of room 29834');
  await panel.getByTestId('confirm-remove').click();

  await expectEveryWindow(windows, 'exit-reason', 'You were removed from the room.');
  await expectEveryWindow(windows, 'session-status', 'Left the room');
  await expect(preview.getByTestId('on-air-badge')).toHaveText('OFF AIR');
  await expect(wall.getByTestId('wall-empty')).toBeVisible();
  await expect(room.locator('[data-testid=sandbox-member][data-user=host_1]')).toHaveCount(0);
  await expect(panel.getByTestId('enter-room')).toBeEnabled();
  await screenshotAll(windows, 'removed', (f) => testInfo.outputPath(f));

  // Back in; dismissing asks first, with focus on the safe choice.
  await panel.getByTestId('enter-room').click();
  await expectEveryWindow(windows, 'session-status', 'In room');
  await expect(wall.locator('[data-testid=wall-tile][data-user=guest_anchor]')).toBeVisible();
  await room.getByTestId('dismiss-room').click();
  await expect(panel.getByTestId('confirm-consequences')).toContainText('Everyone in it, you included, is sent out');
  await expect(panel.getByTestId('confirm-cancel')).toBeFocused();
  await panel.screenshot({ path: testInfo.outputPath('confirm-dismiss.png') });
  await panel.getByTestId('confirm-dismiss').click();

  await expectEveryWindow(windows, 'exit-reason', 'The room was dismissed.');
  await expect(wall.getByTestId('wall-empty')).toBeVisible();
  // Everyone was sent out, the room's own anchor too: the room is gone from the cloud.
  await expect(panel.locator('[data-testid=sandbox-room][data-room="29834"]')).toHaveCount(0);
  await expect(panel.locator('[data-testid=sandbox-room][data-room="978"]')).toBeVisible();
  await screenshotAll(windows, 'dismissed', (f) => testInfo.outputPath(f));
});
