import { screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test, type ConsoleWindows } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

/** Every window shows the engine notice of this kind (the banner all windows share). */
async function expectEngineNotice(windows: ConsoleWindows, kind: 'restarting' | 'restarted'): Promise<void> {
  for (const [name, page] of Object.entries(windows)) {
    await expect(page.getByTestId('engine-status'), `engine notice in the ${name} window`).toHaveAttribute('data-engine', kind, { timeout: 10_000 });
  }
}

test.describe('the engine dies mid-show', () => {
  test.use({ scenario: 'rehearsal' });

  test('every window says so, the console offers to re-enter in one action, and video plays again', async ({ windows }, testInfo) => {
    const { console: panel, preview, wall } = windows;
    await panel.getByTestId('enter-room').click();
    await panel.getByTestId('toggle-preview').click();
    await panel.getByTestId('toggle-mic').click();
    await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
    await expectMovingVideo(preview.locator('bc-video-view[data-stream=local]'), (f) => testInfo.outputPath(f), 'before-crash');
    await expect(wall.locator('[data-testid=wall-tile][data-user=guest_anchor]')).toBeVisible();

    // The engine's thread ends on purpose, as a crash of Tencent's native SDK would end the engine window.
    await panel.getByTestId('crash-engine').click();

    await expectEngineNotice(windows, 'restarted');
    for (const page of [panel, preview, wall]) {
      await expect(page.getByTestId('session-status')).toHaveText('Not in a room');
      // The windows never lost their own link to the broker.
      await expect(page.getByTestId('bridge-status')).toHaveCount(0);
    }
    await expect(preview.getByTestId('on-air-badge')).toHaveText('OFF AIR');
    await expect(wall.getByTestId('wall-empty')).toBeVisible();
    await expect(panel.getByTestId('reenter-room')).toHaveText(/29834.*host_1/);
    await expect(panel.getByTestId('reenter-restores')).toContainText(/camera and microphone/i);
    await expect(panel.locator('[data-testid=event-log-entry][data-note=engineLost]')).toHaveCount(1);
    await screenshotPanel(panel, 'session-heading', testInfo.outputPath('reenter-offer.png'));
    await screenshotAll(windows, 'engine-lost', (f) => testInfo.outputPath(f));

    await panel.getByTestId('reenter-room').click();

    for (const page of [panel, preview, wall]) await expect(page.getByTestId('session-status')).toHaveText('In room');
    await expect(panel.getByTestId('engine-status')).toHaveCount(0);
    await expect(panel.getByTestId('reenter-room')).toHaveCount(0);
    await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
    await expectMovingVideo(preview.locator('bc-video-view[data-stream=local]'), (f) => testInfo.outputPath(f), 'after-reentry');
    await expectMovingVideo(wall.locator('[data-testid=wall-tile][data-user=guest_anchor] bc-video-view'), (f) => testInfo.outputPath(f), 'wall-after-reentry');
    await screenshotAll(windows, 'reentered', (f) => testInfo.outputPath(f));
  });

  test('a hung engine is noticed within about a second and replaced while the windows keep their link', async ({ windows }) => {
    const { console: panel } = windows;
    await panel.getByTestId('enter-room').click();
    await expect(panel.getByTestId('session-status')).toHaveText('In room');
    const hungAt = Date.now();
    await panel.getByTestId('hang-engine').click();
    await expectEngineNotice(windows, 'restarted');
    // Noticing (about 1 s) plus a fresh worker loading the sandbox; far from the minutes a stuck show would cost.
    expect(Date.now() - hungAt).toBeLessThan(8_000);
    await expect(panel.locator('[data-testid=event-log-entry][data-note=engineLost]')).toContainText(/stopped answering/);
    await panel.getByTestId('reenter-room').click();
    for (const page of Object.values(windows)) await expect(page.getByTestId('session-status')).toHaveText('In room');
  });
});

test('a screen share running when the engine dies comes back with the re-entry', async ({ windows }, testInfo) => {
  const { console: panel, preview } = windows;
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await panel.getByTestId('share-list').click();
  await panel.getByTestId('share-source-window-slides').click();
  await panel.getByTestId('share-start').click();
  await expect(preview.getByTestId('preview-share-caption')).toHaveText('Sharing Quarterly review - Slides');

  await panel.getByTestId('crash-engine').click();
  await expectEngineNotice(windows, 'restarted');
  await expect(preview.getByTestId('preview-share')).toHaveCount(0);
  await expect(panel.getByTestId('reenter-restores')).toContainText('Sharing Quarterly review - Slides starts again.');

  await panel.getByTestId('reenter-room').click();
  await expect(panel.getByTestId('share-status')).toHaveText('Sharing Quarterly review - Slides');
  await expectMovingVideo(preview.getByTestId('preview-share').locator('bc-video-view'), (f) => testInfo.outputPath(f), 'share-after-reentry');
});
