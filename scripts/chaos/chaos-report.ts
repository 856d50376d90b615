import type { ChaosCheck } from './end-checks';
import type { FaultRecord } from './fault-record';
import type { DirectorCommand } from './director';
import type { LedgerViolation, WindowTally } from './seq-ledger';

/** Everything one chaos run found, as written to its JSON report. */
export interface ChaosReport {
  seed: number;
  seconds: number;
  /** ISO time the show began. */
  startedAt: string;
  /** ms the whole run took, settle and checks included. */
  tookMs: number;
  passed: boolean;
  checks: ChaosCheck[];
  faults: FaultRecord[];
  memory: { warmupKb: number | null; peakKb: number; finalKb: number | null; budgetKb: number };
  ledger: { maxSeq: number; distinctSeqs: number; windows: WindowTally[]; violations: LedgerViolation[] };
  director: { commands: number; refused: number; log: DirectorCommand[] };
}

/** The report as a readable table: each fault with its recovery, then each check. */
export function reportTable(report: ChaosReport): string {
  const rows = report.faults.map((f) => [
    `${(f.at / 1000).toFixed(1)}s`,
    f.kind,
    f.detail,
    typeof f.recoveredAfterMs === 'number' ? `${f.recoveredAfterMs} ms` : 'NOT RECOVERED',
    f.note ?? '',
  ]);
  const header = ['at', 'fault', 'detail', 'recovered after', 'note'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, 60).padEnd(widths[i])).join('  ').trimEnd();
  const mb = (kb: number | null) => (kb === null ? '?' : `${(kb / 1024).toFixed(0)} MiB`);
  return [
    `Chaos run, seed ${report.seed}, ${report.seconds} s of faults (${(report.tookMs / 1000).toFixed(0)} s in all): ${report.passed ? 'PASSED' : 'FAILED'}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...report.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`),
    '',
    `host RSS: warm-up ${mb(report.memory.warmupKb)}, peak ${mb(report.memory.peakKb)}, end ${mb(report.memory.finalKb)} (budget warm-up + ${mb(report.memory.budgetKb)})`,
    `seqs: up to ${report.ledger.maxSeq}; director gave ${report.director.commands} commands, ${report.director.refused} refused`,
  ].join('\n');
}
