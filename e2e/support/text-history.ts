import type { Page } from '@playwright/test';

/** Every distinct text an element showed, in order, as a page recorded it. */
export interface TextHistory {
  /** The texts seen so far (consecutive repeats collapsed; '' while the element was absent). */
  read(): Promise<string[]>;
}

/**
 * Records what the element matching `selector` shows from now on, from inside
 * the page (a MutationObserver), so a state that lasts only a few hundred
 * milliseconds, such as "connecting", is still seen between two assertions.
 */
export async function recordTexts(page: Page, selector: string): Promise<TextHistory> {
  const key = await page.evaluate((sel) => {
    const store = ((window as unknown as { __textHistories?: string[][] }).__textHistories ??= []);
    const seen: string[] = [];
    const note = () => {
      const text = document.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    return store.push(seen) - 1;
  }, selector);
  return {
    read: () => page.evaluate((k) => (window as unknown as { __textHistories: string[][] }).__textHistories[k], key),
  };
}
