/** The most user ids the saved order keeps (the preference's own limit). */
export const MAX_SAVED_ORDER = 200;

/**
 * Users in wall order: those in the saved order first, in that order, then
 * everyone else in arrival order (the order `users` comes in).
 */
export function orderUsers<T extends { userId: string }>(users: readonly T[], saved: readonly string[]): T[] {
  const rank = new Map<string, number>();
  saved.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const listed = users.filter((u) => rank.has(u.userId)).sort((a, b) => rank.get(a.userId)! - rank.get(b.userId)!);
  return [...listed, ...users.filter((u) => !rank.has(u.userId))];
}

/**
 * Moves one entry of a list the wall shows (all tiles, or a part such as one
 * PK column or the spotlight strip) from `from` to `to`, and writes the result
 * back into the full order: the shown users trade places among the slots they
 * held, everyone else keeps theirs. Indexes out of range are clamped.
 */
export function moveWithin(full: readonly string[], shown: readonly string[], from: number, to: number): string[] {
  if (shown.length === 0) return [...full];
  const last = shown.length - 1;
  const source = Math.min(Math.max(from, 0), last);
  const target = Math.min(Math.max(to, 0), last);
  const moved = [...shown];
  const [id] = moved.splice(source, 1);
  moved.splice(target, 0, id);
  const members = new Set(shown);
  const result = [...full];
  let next = 0;
  for (let slot = 0; slot < result.length; slot++) {
    if (members.has(result[slot])) result[slot] = moved[next++];
  }
  return result;
}

/**
 * What to save after a reorder: the order of the users present, then the users
 * saved before who are away now, so a returning anchor gets the old place back.
 */
export function orderToSave(present: readonly string[], previous: readonly string[]): string[] {
  const here = new Set(present);
  return [...present, ...previous.filter((id) => !here.has(id))].slice(0, MAX_SAVED_ORDER);
}
