import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

const FULL_HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

/** Fails when the console page itself scrolls: everything must fit, panels scroll inside their columns. */
async function expectOneScreen(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({ scrollHeight: document.scrollingElement!.scrollHeight, innerHeight: window.innerHeight }));
  expect(scrollHeight, 'the page does not scroll').toBeLessThanOrEqual(innerHeight);
}

/** The panel ids in each column, top to bottom. */
async function columns(page: Page): Promise<string[][]> {
  return page.locator('[data-testid^=panel-column-]').evaluateAll((cols) =>
    cols.map((col) => [...col.querySelectorAll('bc-panel-dock')].map((dock) => dock.getAttribute('data-panel') ?? '')),
  );
}

/** Drags a panel by its grip onto another panel's grip, in small steps as a hand would (CDK needs moves). */
async function dragPanel(page: Page, id: string, ontoTestId: string): Promise<void> {
  // Columns scroll inside themselves: the grip must be on screen for a hand to take it.
  await page.getByTestId(`move-${id}`).scrollIntoViewIfNeeded();
  await page.getByTestId(ontoTestId).scrollIntoViewIfNeeded();
  const from = (await page.getByTestId(`move-${id}`).boundingBox())!;
  const to = (await page.getByTestId(ontoTestId).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  // CDK sorts on pointer moves inside the target list: settle there before letting go.
  await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 5 });
  await page.waitForTimeout(200);
  await page.mouse.up();
}

for (const size of [FULL_HD, LAPTOP]) {
  test(`at ${size.width}x${size.height} a whole show runs from Go on air to Off air on one screen`, async ({ windows }, testInfo) => {
    test.setTimeout(60_000);
    const { console: panel } = windows;
    await panel.setViewportSize(size);
    await panel.getByTestId('dock-preview').click();
    await expect(panel.locator('section[aria-labelledby="docked-heading"]')).toBeVisible();
    if (size === FULL_HD) await expectOneScreen(panel);

    await panel.getByTestId('go-on-air').click();
    await expect(panel.getByTestId('on-air')).toHaveText('ON AIR');
    await expect(panel.getByTestId('toggle-preview')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByTestId('toggle-mic')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByTestId('show-failure')).toHaveCount(0);
    await expect(panel.getByTestId('docked-preview')).toBeVisible();

    await panel.getByTestId('pk-connect').click();
    await expect(panel.getByTestId('strip-pk')).toContainText('PK with userB');
    await expect(panel.getByTestId('strip-pk')).toContainText(/\d+:\d\d/);
    if (size === FULL_HD) await expectOneScreen(panel);
    await panel.screenshot({ path: testInfo.outputPath(`control-room-${size.width}-on-air.png`) });

    // Off air during the PK asks first, naming the PK it ends.
    await panel.getByTestId('off-air').click();
    await expect(panel.getByTestId('confirm-consequences')).toHaveText('Ends the PK with userB in room 978.');
    await panel.screenshot({ path: testInfo.outputPath(`control-room-${size.width}-confirm.png`) });
    await panel.getByTestId('confirm-leave').click();
    await expect(panel.getByTestId('session-status')).toHaveText('Left the room');
    await expect(panel.getByTestId('on-air')).toHaveText('Off air');
    await expect(panel.getByTestId('strip-pk')).toHaveCount(0);
    if (size === FULL_HD) await expectOneScreen(panel);
  });
}

test('Go on air stops at a failed entry, names the step and the TRTC code, and turns camera and mic off again', async ({ windows }) => {
  const { console: panel } = windows;
  await panel.setViewportSize(FULL_HD);
  // The scenario's own participants enter first, so the armed timeout is the console's entry.
  await expect(panel.locator('[data-testid=sandbox-member][data-user=guest_anchor]').first()).toBeVisible();
  await panel.getByTestId('timeout-next-enter').click();
  await expect(panel.getByTestId('sandbox-notice')).toContainText('Armed');
  await panel.getByTestId('go-on-air').click();
  await expect(panel.getByTestId('show-failure')).toContainText('Stopped at “Enter the room”', { timeout: 15_000 });
  await expect(panel.getByTestId('show-step-camera')).toHaveAttribute('data-state', 'undone');
  await expect(panel.getByTestId('show-step-mic')).toHaveAttribute('data-state', 'undone');
  await expect(panel.getByTestId('toggle-preview')).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.getByTestId('go-on-air')).toBeEnabled();
});

test('the panel layout survives a reload: a folded panel, and panels moved by keyboard and by dragging', async ({ windows }) => {
  const { console: panel } = windows;
  await panel.setViewportSize(FULL_HD);
  await panel.getByTestId('fold-stats').click();
  await expect(panel.getByTestId('fold-stats')).toHaveAttribute('aria-expanded', 'false');
  await panel.getByTestId('move-media').focus();
  await panel.keyboard.press('Alt+ArrowRight');
  await expect(panel.getByTestId('move-media')).toBeFocused();
  await dragPanel(panel, 'participants', 'move-stats');
  const arranged = await columns(panel);
  expect(arranged[1]).toContain('media');
  expect(arranged[2][0]).toBe('participants');

  await panel.reload();
  await expect(panel.getByTestId('fold-stats')).toHaveAttribute('aria-expanded', 'false');
  expect(await columns(panel)).toEqual(arranged);
});

test('a panel popped out into its own window works there, and docks back where it was', async ({ windows, context }) => {
  const { console: panel } = windows;
  await panel.setViewportSize(FULL_HD);
  const before = await columns(panel);

  const popup = context.waitForEvent('page');
  await panel.getByTestId('pop-out-pk').click();
  const own = await popup;
  await expect(own.locator('section[aria-labelledby="pk-heading"]')).toBeVisible();
  await expect(panel.getByTestId('popped-pk')).toBeVisible();
  // It is a replica on the bridge with the console's scope: its commands work.
  await panel.getByTestId('enter-room').click();
  await own.getByTestId('pk-connect').click();
  await expect(panel.getByTestId('strip-pk')).toContainText('PK with userB');
  await own.getByTestId('pk-disconnect').click();
  await expect(panel.getByTestId('strip-pk')).toHaveCount(0);

  // Dock back from the console closes the window; closing the window docks back too.
  await panel.getByTestId('dock-back-pk').click();
  await expect.poll(() => own.isClosed()).toBe(true);
  await expect(panel.locator('bc-pk-panel')).toBeVisible();
  expect(await columns(panel)).toEqual(before);

  const again = context.waitForEvent('page');
  await panel.getByTestId('pop-out-pk').click();
  const second = await again;
  await expect(second.locator('section[aria-labelledby="pk-heading"]')).toBeVisible();
  await expect(panel.getByTestId('popped-pk')).toBeVisible();
  await second.close({ runBeforeUnload: true });
  await expect(panel.locator('bc-pk-panel')).toBeVisible();
});
