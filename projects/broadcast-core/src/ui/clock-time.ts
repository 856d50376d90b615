/** A moment as HH:MM:SS on the local 24-hour clock, as operators read a studio clock, the same in every language. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
