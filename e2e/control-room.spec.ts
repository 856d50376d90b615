import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

/** The page's own scroll height over the window's height: above 1 means the page scrolls. */
async function pageOverflow(page: Page): Promise<{ scrollHeight: number; innerHeight: number }> {
  return page.evaluate(() => ({ scrollHeight: document.scrollingElement!.scrollHeight, innerHeight: window.innerHeight }));
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test(`at ${size.width}x${size.height} the control room is one screen`, async ({ windows }, testInfo) => {
    const { console: panel } = windows;
    await panel.setViewportSize(size);
    await panel.getByTestId('open-shortcuts').waitFor();
    const { scrollHeight, innerHeight } = await pageOverflow(panel);
    expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
    await panel.screenshot({ path: testInfo.outputPath(`control-room-${size.width}.png`) });
  });
}
