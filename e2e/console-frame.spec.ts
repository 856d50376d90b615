import type { Page } from '@playwright/test';

import { expect, screenshotAll, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

/** Presses a shortcut with nothing focused, as a host does with the mouse off the form. */
async function pressShortcut(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

test('switching to Simplified Chinese in the console switches every window, and survives a reload', async ({ windows }, testInfo) => {
  await windows.console.getByTestId('enter-room').click();
  for (const page of Object.values(windows)) await expect(page.getByTestId('session-status')).toHaveText('In room');

  await windows.console.getByTestId('language').selectOption('zh-CN');
  for (const page of Object.values(windows)) {
    await expect(page.getByTestId('session-status')).toHaveText('已进房');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
  await screenshotAll(windows, 'zh-CN', (f) => testInfo.outputPath(f));

  await windows.wall.reload();
  await expect(windows.wall.getByTestId('session-status')).toHaveText('已进房');
  await windows.console.getByTestId('language').selectOption('en');
  await expect(windows.wall.getByTestId('session-status')).toHaveText('In room');
});

test('the docked preview keeps playing, and popping it out keeps the camera on', async ({ windows, context }, testInfo) => {
  const { console: panel } = windows;
  await windows.preview.close();
  await panel.getByTestId('enter-room').click();
  await panel.getByTestId('toggle-preview').click();

  await panel.getByTestId('dock-preview').click();
  const docked = panel.locator('[data-testid=docked-preview]');
  await expectMovingVideo(docked, (f) => testInfo.outputPath(f), 'docked');
  await panel.screenshot({ path: testInfo.outputPath('console-docked.png'), fullPage: true });

  const popup = context.waitForEvent('page');
  await panel.getByTestId('pop-out-preview').click();
  const preview = await popup;
  await expect(preview.getByTestId('session-status')).toHaveText('In room');
  await expectMovingVideo(preview.locator('bc-video-view[data-stream=local]'), (f) => testInfo.outputPath(f), 'popped-out');
  await expect(docked).toHaveCount(0);
  await expect(panel.getByTestId('toggle-preview')).toHaveAttribute('aria-pressed', 'true');

  // Docking again closes the window this console opened and plays in the panel again.
  await panel.getByTestId('dock-preview').click();
  await expect.poll(() => preview.isClosed()).toBe(true);
  await expectMovingVideo(docked, (f) => testInfo.outputPath(f), 'docked-again');
});

test('keyboard shortcuts act under pressure and every window follows; the help overlay lists them', async ({ windows }, testInfo) => {
  const { console: panel } = windows;
  await panel.getByTestId('enter-room').click();
  await panel.getByTestId('toggle-mic').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');

  await pressShortcut(panel, 'm');
  await expect(panel.getByTestId('mute-audio')).toHaveAttribute('aria-pressed', 'true');
  await pressShortcut(panel, 'm');
  await expect(panel.getByTestId('mute-audio')).toHaveAttribute('aria-pressed', 'false');

  await pressShortcut(panel, 'Shift+?');
  await expect(panel.getByTestId('shortcut-help')).toContainText('Shift + X');
  await panel.screenshot({ path: testInfo.outputPath('shortcut-help.png') });
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('shortcut-help')).toHaveCount(0);

  // Typing in a field is typing, not shortcuts (the session form is folded while on air: the PK's field).
  await panel.getByTestId('pk-user-id').press('x');
  await pressShortcut(panel, 'Shift+X');
  for (const page of Object.values(windows)) await expect(page.getByTestId('exit-reason')).toHaveText('You left the room.');
});
