import type { Locator } from '@playwright/test';

/** The levels a meter showed (its aria-valuenow), sampled every 100 ms for `ms`. */
export async function levelsOver(meter: Locator, ms: number): Promise<number[]> {
  const levels: number[] = [];
  for (let t = 0; t < ms; t += 100) {
    levels.push(Number(await meter.getAttribute('aria-valuenow')));
    await meter.page().waitForTimeout(100);
  }
  return levels;
}

/** Moves a range input to `value` and lets go, as a host does with the mouse. */
export async function setRange(range: Locator, value: number): Promise<void> {
  await range.evaluate((input: HTMLInputElement, v) => {
    input.value = String(v);
    input.dispatchEvent(new Event('change'));
  }, value);
}
