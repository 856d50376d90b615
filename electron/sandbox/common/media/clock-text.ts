/** Characters in the clock text `HH:MM:SS.t`. */
export const CLOCK_LENGTH = 10;

const ZERO = 0x30;
const COLON = 0x3a;
const DOT = 0x2e;

/**
 * Writes the UTC time of day of a timestamp as `HH:MM:SS.t` char codes into `out` (at least CLOCK_LENGTH long).
 * Digits rather than a string so the per-frame clock allocates nothing; tenths make it change every 100 ms.
 */
export function writeClockText(timestampMs: number, out: Uint8Array): void {
  const dayMs = 86_400_000;
  const t = ((Math.floor(timestampMs) % dayMs) + dayMs) % dayMs;
  const tenths = Math.floor(t / 100);
  const seconds = Math.floor(tenths / 10);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  writeTwoDigits(out, 0, hours);
  out[2] = COLON;
  writeTwoDigits(out, 3, minutes % 60);
  out[5] = COLON;
  writeTwoDigits(out, 6, seconds % 60);
  out[8] = DOT;
  out[9] = ZERO + (tenths % 10);
}

function writeTwoDigits(out: Uint8Array, at: number, value: number): void {
  out[at] = ZERO + Math.floor(value / 10);
  out[at + 1] = ZERO + (value % 10);
}
