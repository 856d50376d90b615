import type { BrowserContext, Page } from '@playwright/test';

import { ReplicaStore } from './replica-store';
import type { WindowLedger } from './seq-ledger';
import { WIRE_TAP, type WireTap } from './wire-tap';

declare global {
  interface Window {
    __chaosWire?: WireTap;
  }
}

/** How long a page has to load and show its session. */
const LOAD_TIMEOUT_MS = 20_000;

/**
 * A Chromium page of the console (`/`, `/preview`, `/wall`) with its wire tapped: what its socket received is
 * drained into a ReplicaStore, the same pipeline as the page's own store, so the run can compare the page with
 * the broker at an equal seq. A reload or a reopen starts the store over, as the page's does.
 */
export class PageWindow {
  /** The page's store as rebuilt from its wire. */
  readonly store: ReplicaStore;
  /** The Playwright page (replaced when the window is killed and reopened). */
  page!: Page;
  /** Pages opened for this window so far. */
  opened = 0;
  private draining: Promise<void> = Promise.resolve();
  /** Page loads seen so far: the latest is the one the store follows; a late batch of an older one is dropped. */
  private readonly loads: string[] = [];

  constructor(
    readonly label: string,
    private readonly url: string,
    private readonly context: BrowserContext,
    ledger: WindowLedger,
  ) {
    // The page answers gaps itself; the rebuilt store only follows what the page received.
    this.store = new ReplicaStore(ledger, () => undefined);
  }

  /** Opens the page and waits until it shows a session. */
  async open(): Promise<void> {
    this.opened++;
    this.page = await this.context.newPage();
    await this.page.addInitScript(WIRE_TAP);
    await this.page.goto(this.url);
    await this.page.getByTestId('session-status').waitFor({ timeout: LOAD_TIMEOUT_MS });
  }

  /** Reloads the page (its store starts over). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByTestId('session-status').waitFor({ timeout: LOAD_TIMEOUT_MS });
  }

  /** Closes the page as a crashed or closed window, then opens it again. */
  async killAndReopen(): Promise<void> {
    await this.page.close();
    await this.open();
  }

  /** Closes the page's bridge socket; the page reconnects by itself. */
  async dropSocket(): Promise<boolean> {
    return this.page.evaluate(() => window.__chaosWire?.drop() ?? false);
  }

  /** Feeds what the page received since the last call into the store, one drain at a time. */
  drain(): Promise<void> {
    this.draining = this.draining.then(() => this.drainOnce());
    return this.draining;
  }

  private async drainOnce(): Promise<void> {
    if (this.page.isClosed()) return;
    let batch: { load: string; texts: string[] } | null;
    try {
      batch = await this.page.evaluate(() => window.__chaosWire?.take() ?? null);
    } catch {
      return; // The page is navigating or closing: what it held is gone with its store.
    }
    if (!batch || (this.loads.includes(batch.load) && batch.load !== this.loads.at(-1))) return;
    // A new page load has a new store: the rebuilt one starts over with it.
    if (batch.load !== this.loads.at(-1)) {
      this.loads.push(batch.load);
      this.store.restart();
    }
    for (const text of batch.texts) this.store.receive(text);
  }

  /** Whether the page shows its bridge as connected (the banner is gone) and this session status. */
  async shows(status: string): Promise<boolean> {
    if (this.page.isClosed()) return false;
    const [banner, text] = await Promise.all([
      this.page.getByTestId('bridge-status').count(),
      this.page.getByTestId('session-status').innerText({ timeout: 1000 }),
    ]);
    return banner === 0 && text.trim() === status;
  }

  /** Closes the page. */
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}
