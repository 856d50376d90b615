import { expect, type Page } from '@playwright/test';

import type { ConsoleWindows } from './fixtures';

/** Waits until every window shows `text` in the element with this test id (the banners all windows share). */
export async function expectEveryWindow(windows: ConsoleWindows, testId: string, text: string | RegExp): Promise<void> {
  for (const [name, page] of Object.entries(windows)) await expect(page.getByTestId(testId), `${testId} in the ${name} window`).toHaveText(text);
}

/** Waits until no window shows the element with this test id. */
export async function expectNoWindow(windows: ConsoleWindows, testId: string): Promise<void> {
  for (const [name, page] of Object.entries(windows)) await expect(page.getByTestId(testId), `${testId} in the ${name} window`).toHaveCount(0);
}

/** Saves a screenshot of one console panel (the section its heading labels, e.g. `pk-heading`), as a test artifact. */
export async function screenshotPanel(consolePage: Page, headingId: string, path: string): Promise<void> {
  await consolePage.locator(`section[aria-labelledby="${headingId}"]`).screenshot({ path });
}
