/** A log time as HH:MM:SS on the local clock, as operators read a studio clock. */
export function logTime(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
