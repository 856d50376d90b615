import { expect, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

test('the camera started from the console plays as moving video in the preview window', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();
  await windows.console.getByTestId('toggle-preview').click();
  await windows.console.getByTestId('toggle-mic').click();

  const { preview } = windows;
  await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
  // The SDK's default encoder: 640x360.
  await expect(preview.getByTestId('preview-resolution')).toHaveText('640×360');
  const view = preview.locator('bc-video-view[data-stream=local]');
  await expectMovingVideo(view, (f) => testInfo.outputPath(f), 'preview');
  await expect.poll(async () => Number(await view.getAttribute('data-frames'))).toBeGreaterThan(5);
});

test('the wall plays the room anchor as moving video', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();
  const tile = windows.wall.locator('[data-testid=wall-tile][data-user=guest_anchor] bc-video-view');
  await expectMovingVideo(tile, (f) => testInfo.outputPath(f), 'wall');
});
