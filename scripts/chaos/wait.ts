/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` every `everyMs` until it returns true or `timeoutMs` passes; resolves with whether it did.
 * A check that throws counts as false (a page being reloaded, a socket being replaced).
 */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return true;
    } catch {
      // Not yet: try again.
    }
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
}
