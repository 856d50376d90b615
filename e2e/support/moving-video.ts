import { expect, type Locator } from '@playwright/test';

/**
 * Proves a video view plays: it has drawn a frame, and two screenshots a
 * moment apart differ (the synthetic picture's clock and bar move), so a
 * frozen picture fails. Both shots are kept as artifacts.
 */
export async function expectMovingVideo(view: Locator, outputPath: (file: string) => string, name: string): Promise<void> {
  await expect(view).toHaveClass(/has-frame/, { timeout: 10_000 });
  const first = await view.screenshot({ path: outputPath(`${name}-1.png`) });
  await view.page().waitForTimeout(700);
  const second = await view.screenshot({ path: outputPath(`${name}-2.png`) });
  expect(first.equals(second), `${name}: the picture did not change in 700 ms`).toBe(false);
}
