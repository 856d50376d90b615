import { test as base, expect, type Page } from '@playwright/test';

import { startHostProcess, type HostProcess } from './browser-host-process';

/** The three windows of one console, each a page of the same browser context. */
export interface ConsoleWindows {
  console: Page;
  preview: Page;
  wall: Page;
}

/** Test fixtures: a fresh browser host per test (scenario "still" unless a test sets `scenario`) and its three windows. */
export const test = base.extend<{ scenario: string; host: HostProcess; windows: ConsoleWindows }>({
  scenario: ['still', { option: true }],
  host: async ({ scenario }, use) => {
    const host = await startHostProcess(scenario);
    await use(host);
    await host.stop();
  },
  windows: async ({ host, context }, use) => {
    const open = async (path: '/' | '/preview' | '/wall') => {
      const page = await context.newPage();
      await page.goto(host.page(path));
      await expect(page.getByTestId('session-status')).toBeVisible();
      // The banner says 'connecting' until the bridge is open: a test acts only on a connected window.
      await expect(page.getByTestId('bridge-status')).toHaveCount(0);
      return page;
    };
    await use({ console: await open('/'), preview: await open('/preview'), wall: await open('/wall') });
  },
});

export { expect };

/** The session status every window shows, by window. */
export async function statuses(windows: ConsoleWindows): Promise<string[]> {
  return Promise.all([windows.console, windows.preview, windows.wall].map((p) => p.getByTestId('session-status').innerText()));
}

/** Saves a screenshot of each window as an artifact of the test. */
export async function screenshotAll(windows: ConsoleWindows, name: string, outputPath: (file: string) => string): Promise<void> {
  for (const [window, page] of Object.entries(windows)) {
    await page.screenshot({ path: outputPath(`${name}-${window}.png`) });
  }
}
