/**
 * Formats rows as a plain-text table with columns padded to their widest cell; the first row is the header.
 * The first `leftColumns` columns (names) are left-aligned, the rest (numbers) right-aligned.
 */
export function formatTable(rows: readonly (readonly string[])[], leftColumns = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.slice(1).map(line)].join('\n');
}

/** A number with about three significant digits, without exponents (1,234 / 123 / 12.3 / 1.23 / 0.012). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  return value.toPrecision(2);
}
