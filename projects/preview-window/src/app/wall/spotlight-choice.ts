/** How much louder (0-100) another voice must be before the spotlight leaves the current speaker. */
export const SPOTLIGHT_SWITCH_MARGIN = 15;

/**
 * The user the spotlight shows big: the one the host picked while present;
 * otherwise the loudest, staying on the current speaker until someone is
 * clearly louder so the big picture does not flicker between voices; the
 * first user when nobody speaks. Null when there is nobody.
 */
export function chooseSpotlight(
  users: readonly { userId: string; volume: number }[],
  picked: string | null,
  current: string | null,
): string | null {
  if (users.length === 0) return null;
  if (picked !== null && users.some((u) => u.userId === picked)) return picked;
  const loudest = users.reduce((best, u) => (u.volume > best.volume ? u : best));
  const holder = users.find((u) => u.userId === current);
  if (!holder) return loudest.userId;
  return loudest.volume >= holder.volume + SPOTLIGHT_SWITCH_MARGIN ? loudest.userId : holder.userId;
}
