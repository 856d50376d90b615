import type { Figure } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';

/** Prints figures as bench/run.ts does, for running a benchmark file alone (`npx tsx bench/fanout/fanout.bench.ts`). */
export function printFigures(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    formatNumber(f.median),
    `${formatNumber(f.spread[0])} - ${formatNumber(f.spread[1])}`,
    f.unit,
    f.target ? `${f.target.op} ${formatNumber(f.target.value)}` : '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  console.log(`\n${formatTable([['figure', 'median', 'spread', 'unit', 'target', 'met'], ...rows])}`);
  const notes = figures.filter((f) => f.note);
  if (notes.length) console.log(`\n${notes.map((f) => `- ${f.name}: ${f.note}`).join('\n')}`);
}

/** Runs a benchmark when its file is the entry point, prints its figures, and exits. */
export function runAlone(run: () => Promise<Figure[]>): void {
  run().then(
    (figures) => {
      printFigures(figures);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
