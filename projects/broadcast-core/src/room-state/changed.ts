/**
 * `state` with `patch` applied, or `state` itself when every patched field already holds that value
 * (compared by value, so an equal encoder or beauty setting counts as unchanged). Reducers use it so an
 * action that changes nothing returns the same object, and the broker neither numbers nor sends it.
 */
export function changed<T extends object>(state: T, patch: Partial<T>): T {
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const before = state[key];
    const after = patch[key];
    if (before === after) continue;
    if (typeof before === 'object' && before !== null && typeof after === 'object' && JSON.stringify(before) === JSON.stringify(after)) continue;
    return { ...state, ...patch };
  }
  return state;
}
