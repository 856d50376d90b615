import { sendCommand } from './support/bridge-tool';
import { expect, screenshotAll, statuses, test } from './support/fixtures';

test('entering from the console shows the same session in all three windows', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();

  for (const page of Object.values(windows)) {
    await expect(page.getByTestId('session-status')).toHaveText('In room');
    await expect(page.getByTestId('session-room')).toHaveText('Room 29834');
    await expect(page.getByTestId('session-user')).toHaveText('host_1');
  }
  // The room's anchor reaches the wall with its media flags.
  const tile = windows.wall.locator('[data-testid=wall-tile][data-user=guest_anchor]');
  await expect(tile.getByTestId('tile-video')).toHaveText('Video on');
  await expect(tile.getByTestId('tile-audio')).toHaveText('Audio on');
  await screenshotAll(windows, 'in-room', (f) => testInfo.outputPath(f));

  await windows.console.getByTestId('exit-room').click();
  for (const page of Object.values(windows)) await expect(page.getByTestId('exit-reason')).toHaveText('You left the room.');
});

test('a window reloaded mid-session catches up, and keeps following', async ({ windows }) => {
  await windows.console.getByTestId('enter-room').click();
  await expect(windows.wall.getByTestId('session-status')).toHaveText('In room');

  await windows.wall.reload();
  await expect(windows.wall.getByTestId('session-status')).toHaveText('In room');
  await expect(windows.wall.locator('[data-testid=wall-tile][data-user=guest_anchor]')).toBeVisible();

  await windows.console.getByTestId('exit-room').click();
  expect(await statuses(windows)).toBeDefined();
  for (const page of Object.values(windows)) await expect(page.getByTestId('session-status')).toHaveText('Left the room');
});

test('removed and dismissed reach every window, stated plainly', async ({ windows, host }) => {
  await windows.console.getByTestId('enter-room').click();
  for (const page of Object.values(windows)) await expect(page.getByTestId('session-status')).toHaveText('In room');

  expect(await sendCommand(host.url, { type: 'sandbox.removeUser', roomId: 29834, userId: 'host_1' })).toEqual({
    t: 'result',
    id: 'tool-1',
    ok: true,
  });
  for (const page of Object.values(windows)) await expect(page.getByTestId('exit-reason')).toHaveText('You were removed from the room.');

  await windows.console.getByTestId('enter-room').click();
  for (const page of Object.values(windows)) await expect(page.getByTestId('session-status')).toHaveText('In room');
  await sendCommand(host.url, { type: 'sandbox.dismissRoom', roomId: 29834 });
  for (const page of Object.values(windows)) await expect(page.getByTestId('exit-reason')).toHaveText('The room was dismissed.');
});

test('a malformed command from a tool is refused with the field named, and changes nothing', async ({ windows, host }) => {
  const result = await sendCommand(host.url, {
    type: 'enterRoom',
    params: { sdkAppId: 1400000001, roomId: 29834, userId: 'bad user!', role: 20 },
    scene: 1,
  });
  expect(result.ok).toBe(false);
  expect(result.error).toMatchObject({ code: 'invalid-command', field: 'command.params.userId' });
  await expect(windows.console.getByTestId('session-status')).toHaveText('Not in a room');
});

test('a page with a wrong token is refused with a clear reason', async ({ page, host }) => {
  await page.goto(host.page('/wall').replace(/token=[^&]+/, 'token=wrong'));
  await expect(page.getByTestId('bridge-status')).toContainText('wrong token');
});
