import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where each candidate came from, in the order they are tried. */
export type ChromiumSource = 'CHROMIUM_PATH' | '/usr/bin/chromium' | '/usr/bin/chromium-browser' | 'playwright';

/** What the decision needs from the machine; real probes in findChromium(), fakes in specs. */
export interface ChromiumProbe {
  /** Value of the CHROMIUM_PATH environment variable, if set. */
  readonly envPath: string | undefined;
  /** Whether an executable file exists at this path. */
  exists(path: string): boolean;
  /** Path of Playwright's own Chromium build (it may not be installed). */
  playwrightPath(): string | undefined;
}

/** Plain instructions for a machine without Chromium. */
export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests. Install Debian\'s Chromium as root with `apt-get update && apt-get install -y chromium`, ' +
  'or set CHROMIUM_PATH to the path of a Chromium or Chrome executable. (`npx playwright install` cannot download browsers on these machines.)';

/**
 * Picks the Chromium executable: CHROMIUM_PATH, then /usr/bin/chromium, then
 * /usr/bin/chromium-browser, then Playwright's own build. An explicit
 * CHROMIUM_PATH that points nowhere is an error, never silently skipped.
 */
export function pickChromium(probe: ChromiumProbe): { path: string; source: ChromiumSource } {
  const envPath = probe.envPath?.trim();
  if (envPath) {
    if (probe.exists(envPath)) return { path: envPath, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to "${envPath}", but there is no file there. Fix or unset CHROMIUM_PATH.`);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const) {
    if (probe.exists(path)) return { path, source: path };
  }
  const bundled = probe.playwrightPath();
  if (bundled && probe.exists(bundled)) return { path: bundled, source: 'playwright' };
  throw new Error(INSTALL_HINT);
}

/** Playwright's expected Chromium path, or undefined when Playwright cannot tell. */
function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Returns the path of the Chromium executable the end-to-end tests use, or throws saying what to install. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  return pickChromium({ envPath: env['CHROMIUM_PATH'], exists: existsSync, playwrightPath: playwrightChromiumPath }).path;
}

// `tsx scripts/find-chromium.ts` prints the path, or the reason and exit code 1 (used by .ci/run).
if (require.main === module) {
  try {
    console.log(findChromium());
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}

/** Chromium flags that work headless on these machines: no sandbox as root, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
