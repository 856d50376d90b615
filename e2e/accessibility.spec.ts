import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

/** axe-core's serious and critical findings on a page, one line each, so a failure names what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

test('all three windows pass axe (WCAG 2.1 AA, serious and critical) in a live session', async ({ windows }) => {
  const { console: panel } = windows;
  await panel.getByTestId('enter-room').click();
  await panel.getByTestId('toggle-preview').click();
  await panel.getByTestId('toggle-mic').click();
  await expect(windows.wall.locator('[data-testid=wall-tile][data-user=guest_anchor]')).toBeVisible();
  await expect(panel.getByTestId('stat-rtt')).toBeVisible();

  for (const [name, page] of Object.entries(windows)) {
    expect(await seriousViolations(page), `${name} window`).toEqual([]);
  }
});

test('every console control can be reached with Tab alone', async ({ windows }) => {
  const { console: panel } = windows;
  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  // Radio groups take one Tab stop for the group, as browsers do: they are left out.
  const controls = await panel.locator('button:not([disabled]), select:not([disabled]), input:not([disabled]):not([type=radio])').evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-testid') ?? el.outerHTML.slice(0, 60)),
  );
  const reached = new Set<string>();
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < controls.length * 2 + 10; i++) {
    await panel.keyboard.press('Tab');
    reached.add(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.outerHTML.slice(0, 60) ?? ''));
  }
  const missing = controls.filter((c) => !reached.has(c));
  expect(missing).toEqual([]);
});
