import { expect, test } from './support/fixtures';

test('the camera started from the console plays as moving video in the preview window', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();
  await windows.console.getByTestId('toggle-preview').click();
  await windows.console.getByTestId('toggle-mic').click();

  const { preview } = windows;
  await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
  // The SDK's default encoder: 640x360.
  await expect(preview.getByTestId('preview-resolution')).toHaveText('640×360');
  const view = preview.locator('bc-video-view[data-stream=local]');
  await expect(view).toHaveClass(/has-frame/);

  // A frozen picture fails: two shots a moment apart must differ (the clock and bar move).
  const first = await view.screenshot({ path: testInfo.outputPath('preview-1.png') });
  await preview.waitForTimeout(700);
  const second = await view.screenshot({ path: testInfo.outputPath('preview-2.png') });
  expect(first.equals(second)).toBe(false);
  await expect.poll(async () => Number(await view.getAttribute('data-frames'))).toBeGreaterThan(5);
});

test('the wall plays the room anchor as moving video', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();
  const tile = windows.wall.locator('[data-testid=wall-tile][data-user=guest_anchor] bc-video-view');
  await expect(tile).toHaveClass(/has-frame/);
  const first = await tile.screenshot({ path: testInfo.outputPath('wall-1.png') });
  await windows.wall.waitForTimeout(700);
  const second = await tile.screenshot({ path: testInfo.outputPath('wall-2.png') });
  expect(first.equals(second)).toBe(false);
});
