import type { Page } from '@playwright/test';
import { TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { expectEveryWindow, screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';
import { centreBrightness } from './support/picture-brightness';

/** Types a number into one of the encoder panel's fields and commits it with Enter, as a producer would. */
async function setNumber(panel: Page, testId: string, value: number): Promise<void> {
  await panel.getByTestId(testId).fill(String(value));
  await panel.getByTestId(testId).press('Enter');
}

/** Reads a statistics readout as a number. */
async function figure(panel: Page, testId: string): Promise<number> {
  return Number((await panel.getByTestId(testId).innerText()).replace(/[^\d.]/g, ''));
}

// Guide steps 5-6: startLocalPreview, setVideoEncoderParam and setBeautyStyle, before entering.
test('the preview plays at exactly the encoder size set in the console, and the beauty filter visibly acts on it', async ({ windows }, testInfo) => {
  const { console: panel, preview } = windows;
  const out = (f: string) => testInfo.outputPath(f);

  await panel.getByTestId('encoder-resolution').selectOption({ label: '960×540' });
  await panel.getByTestId(`encoder-mode-${TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait}`).check();
  await expect(panel.getByTestId('encoder-size')).toHaveText('Encoded as 540×960');
  await panel.getByTestId('toggle-preview').click();
  const picture = preview.locator('bc-video-view[data-stream=local]');
  await expectMovingVideo(picture, out, 'preview-portrait');
  await expect(preview.getByTestId('preview-resolution')).toHaveText('540×960');
  await expect(preview.getByTestId('on-air-badge')).toHaveText('OFF AIR');

  // Landscape, applied live: the readout follows the frames arriving, with no camera restart.
  const framesBefore = Number(await picture.getAttribute('data-frames'));
  await panel.getByTestId(`encoder-mode-${TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape}`).check();
  await expect(panel.getByTestId('encoder-size')).toHaveText('Encoded as 960×540');
  await expect(preview.getByTestId('preview-resolution')).toHaveText('960×540');
  await expect.poll(async () => Number(await picture.getAttribute('data-frames')), { message: 'frames keep flowing' }).toBeGreaterThan(framesBefore + 3);
  await expect(panel.getByTestId('encoder-refusal')).toHaveCount(0);
  const plain = await centreBrightness(picture, out('preview-landscape-no-beauty.png'));

  // setBeautyStyle: smoothing 5, whitening 9 (keyboard: End), rosiness 3. Whitening lifts the skin's brightness.
  await panel.getByTestId('beauty-beauty').fill('5');
  await panel.getByTestId('beauty-white').press('End');
  await panel.getByTestId('beauty-ruddiness').fill('3');
  await expect(panel.getByTestId('beauty-white-value')).toHaveText('9');
  await expect(panel.getByTestId('beauty-beauty-value')).toHaveText('5');
  await expect(panel.getByTestId('beauty-refusal')).toHaveCount(0);
  await expect
    .poll(() => centreBrightness(picture, out('preview-landscape-beauty.png')), { message: 'whitening brightens the picture' })
    .toBeGreaterThan(plain + 15);
  await screenshotPanel(panel, 'encoder-heading', out('encoder-panel.png'));
  await screenshotPanel(panel, 'beauty-heading', out('beauty-panel.png'));

  // Stopping the camera leaves no frozen last frame behind.
  await panel.getByTestId('toggle-preview').click();
  await expect(preview.getByTestId('preview-camera-off')).toBeVisible();
  await expect(picture).toHaveCount(0);
});

// Guide step 7: enter as anchor (TRTCRoleAnchor, LIVE) with the encoder set, then publish camera and mic.
test('an anchor enters with 1280×720 at 20 fps and the recommended 1800 kbps, goes on air, and the statistics report what it sends', async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  const out = (f: string) => testInfo.outputPath(f);

  // Each change goes to the broker and comes back as room state; the next edit waits for the last to land.
  await panel.getByTestId('encoder-resolution').selectOption({ label: '1280×720' });
  await expect(panel.getByTestId('encoder-recommended')).toHaveText('Recommended for 1280×720 in live streaming: 1800 kbps.');
  await panel.getByTestId('encoder-use-recommended').click();
  await expect(panel.getByTestId('encoder-use-recommended')).toHaveCount(0);
  await expect(panel.getByTestId('encoder-bitrate')).toHaveValue('1800');
  await setNumber(panel, 'encoder-fps', 20);
  await expect(panel.getByTestId('encoder-refusal')).toHaveCount(0);

  await panel.getByTestId('role').selectOption({ label: 'Anchor (publishes)' });
  await panel.getByTestId('enter-room').click();
  await expectEveryWindow(windows, 'session-status', 'In room');
  await expectEveryWindow(windows, 'session-role', 'Anchor');
  await panel.getByTestId('toggle-preview').click();
  await panel.getByTestId('toggle-mic').click();
  await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
  await expect(preview.getByTestId('preview-camera')).toHaveText('Camera on');
  await expect(preview.getByTestId('preview-mic')).toContainText('Mic live');
  await expect(preview.getByTestId('preview-resolution')).toHaveText('1280×720');
  await expect(preview.locator('bc-video-view[data-stream=local]')).toHaveClass(/has-frame/);

  // onStatistics (every 2 s) reports what the encoder sends: the fps set, and a bitrate near the one set.
  await expect(preview.getByTestId('preview-fps')).toHaveText('20 fps sent');
  await expect(panel.getByTestId('stat-fps')).toHaveText('20');
  const sendKbps = await figure(panel, 'stat-send-kbps');
  expect(sendKbps, 'video 1800 kbps plus audio, less what the link lost').toBeGreaterThan(1500);
  expect(sendKbps).toBeLessThan(2000);
  await expect(panel.getByTestId('stat-rtt')).toHaveText(/^\d+$/);

  // The wall shows the room's anchor with its picture and the network quality the same report gave.
  const anchor = wall.locator('[data-testid=wall-tile][data-user=guest_anchor]');
  await expect(anchor.locator('bc-video-view')).toHaveClass(/has-frame/);
  await expect(anchor.getByTestId('tile-network')).not.toHaveAttribute('data-quality', '0');
  await screenshotAll(windows, 'on-air', out);
});
