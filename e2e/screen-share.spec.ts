import { screenshotPanel } from './support/all-windows';
import { sendCommand } from './support/bridge-tool';
import { expect, screenshotAll, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

// Screen sharing on the sub stream: the console shares a screen and sees it picture-in-picture on the preview;
// guest_anchor (a scenario participant, made to share as a rehearsal tool would) shows up as a share tile on the
// wall; while guest_anchor shares, the console's own share is refused with -102016, one sharer per room.
test('shares a screen as picture-in-picture, shows a remote share on the wall, and refuses a second sharer with -102016', async ({ windows, host }, testInfo) => {
  test.slow(); // a whole show in one test: share, pause, resume, stop, a remote share, a refusal
  const { console: panel, preview, wall } = windows;
  const out = (file: string) => testInfo.outputPath(file);
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');

  // The sources come with real thumbnails; the console's own window is not offered.
  await panel.getByTestId('share-list').click();
  await expect(panel.getByTestId('share-thumb-screen-1')).toBeVisible();
  await expect(panel.getByTestId('share-source-window-game')).toContainText('Star Runner - Game');
  await expect(panel.getByTestId('share-source-window-console')).toHaveCount(0);
  expect(await panel.getByTestId('share-thumb-window-slides').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(128);

  await panel.getByTestId('share-source-screen-1').click();
  await panel.getByTestId('share-start').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Sharing Screen 1');
  const pip = preview.getByTestId('preview-share');
  await expect(pip).toBeVisible();
  await expect(preview.getByTestId('preview-share-caption')).toHaveText('Sharing Screen 1');
  await expectMovingVideo(pip.locator('bc-video-view'), out, 'preview-share');
  await screenshotAll(windows, 'own-share', out);
  await screenshotPanel(panel, 'share-heading', out('share-panel-sharing.png'));

  await panel.getByTestId('share-pause').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Paused: Screen 1');
  await expect(preview.getByTestId('preview-share-caption')).toHaveText('Share paused: Screen 1');
  await panel.getByTestId('share-resume').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Sharing Screen 1');
  await panel.getByTestId('share-stop').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Not sharing');
  await expect(pip).toHaveCount(0);

  // The right half of the screen (its clock in the corner), with the border viewers see: every window is told which part is shared.
  await panel.getByTestId('share-region').selectOption('right');
  await panel.getByTestId('share-border').check();
  await panel.getByTestId('share-start').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Sharing Screen 1 · part of it, 960×1080');
  await expect(pip).toBeVisible();
  await expectMovingVideo(pip.locator('bc-video-view'), out, 'preview-share-region');
  await panel.getByTestId('share-stop').click();
  await expect(pip).toHaveCount(0);

  // A participant of the room shares its game: the wall shows it as its own tile.
  expect(await sendCommand(host.url, { type: 'sandbox.shareScreen', userId: 'guest_anchor', sourceId: 'window-game' })).toMatchObject({ ok: true });
  const shareTile = wall.locator('[data-testid=share-tile][data-user=guest_anchor]');
  await expect(shareTile).toBeVisible();
  await expect(shareTile.getByTestId('share-tile-name')).toHaveText("guest_anchor's screen");
  await expectMovingVideo(shareTile.locator('bc-video-view'), out, 'wall-share');
  await expect(panel.getByTestId('share-other-sharer')).toContainText('guest_anchor is sharing a screen');

  // One sharer per room: the console's share is refused by the cloud with -102016, and said so in words.
  await panel.getByTestId('share-start').click();
  await expect(panel.getByTestId('share-error')).toContainText('Someone else in the room is sharing a screen');
  await expect(panel.getByTestId('share-error-code')).toHaveText('-102016');
  await expect(panel.getByTestId('share-status')).toHaveText('Not sharing');
  await expect(preview.getByTestId('preview-share')).toHaveCount(0);
  await screenshotAll(windows, 'second-sharer-refused', out);
  await screenshotPanel(panel, 'share-heading', out('share-panel-refused.png'));

  // The participant stops: its tile leaves the wall.
  expect(await sendCommand(host.url, { type: 'sandbox.shareScreen', userId: 'guest_anchor' })).toMatchObject({ ok: true });
  await expect(shareTile).toHaveCount(0);
  await expect(panel.getByTestId('share-other-sharer')).toHaveCount(0);
});
