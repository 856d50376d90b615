import { expect, type Locator, type Page } from '@playwright/test';

import type { ConsoleWindows } from './fixtures';

/** The wall's tile of one remote user, in whatever layout is shown. */
export function wallTile(wall: Page, userId: string): Locator {
  return wall.locator(`[data-testid=wall-tile][data-user="${userId}"]`);
}

/** The userIds of the wall's tiles, in the order shown. */
export function tileOrder(wall: Page): Promise<string[]> {
  return wall.locator('[data-testid=wall] [data-testid=wall-tile]').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-user') ?? ''));
}

/**
 * Enters room 29834 as anchor and starts the guide's PK with userB in room 978
 * from the console, so the wall holds two remote anchors: guest_anchor (this
 * room) and userB (the PK opponent).
 */
export async function enterWithPkOpponent(windows: ConsoleWindows): Promise<void> {
  await windows.console.getByTestId('enter-room').click();
  await expect(windows.console.getByTestId('session-status')).toHaveText('In room');
  await windows.console.getByTestId('pk-connect').click();
  await expect(windows.console.getByTestId('pk-status')).toHaveText('In PK with userB from room 978');
  await expect.poll(() => tileOrder(windows.wall)).toEqual(['guest_anchor', 'userB']);
}

/**
 * Drags one element onto another with the mouse in small steps, as a person
 * would: CDK drag-drop starts a drag only after the pointer moved a few pixels.
 * Returns once the drop animation is over: CDK reports the drop (and the app
 * saves the order) only then, while its placeholder already shows the new order.
 */
export async function dragOnto(source: Locator, target: Locator): Promise<void> {
  const page = source.page();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 3);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 3, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator('.cdk-drag-placeholder, .cdk-drag-preview')).toHaveCount(0);
}
