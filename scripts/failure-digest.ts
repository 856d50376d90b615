import type { JSONReport, JSONReportSuite } from '@playwright/test/reporter';

/** The fields of Jest's `--json` output that the digest reads. */
export interface JestFailuresJson {
  testResults?: { name?: string; message?: string; assertionResults?: { fullName?: string; status?: string; failureMessages?: string[] }[] }[];
}

/** Lines of an error message kept in the digest: enough for the expectation and what was received. */
const LINES_PER_FAILURE = 6;

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters by definition
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first meaningful lines of an error message, without colour codes or stack frames. */
function firstLines(message: string): string[] {
  return message
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !/^\s*at /.test(line))
    .slice(0, LINES_PER_FAILURE)
    .map((line) => `    ${line}`);
}

/**
 * What failed in a Playwright JSON report, a few lines per test: printed at the end of `npm test`, where a CI
 * log that keeps only its tail still shows why, not just which.
 */
export function playwrightFailures(report: Partial<Pick<JSONReport, 'suites'>> & { errors?: { message?: string }[] }): string[] {
  const lines: string[] = [];
  const visit = (suite: JSONReportSuite, path: string[]) => {
    for (const spec of suite.specs) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const last = test.results.at(-1);
        const message = last?.errors.map((e) => e.message ?? '').join('\n') || last?.error?.message || '(no message)';
        lines.push(`  ${[...path, spec.title].join(' › ')}`, ...firstLines(message));
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  for (const error of report.errors ?? []) lines.push('  (outside any test)', ...firstLines(error.message ?? ''));
  return lines;
}

/** What failed in a Jest JSON report, a few lines per test (or per test file that could not run). */
export function jestFailures(report: JestFailuresJson): string[] {
  const lines: string[] = [];
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) lines.push(`  ${a.fullName ?? '?'}`, ...firstLines(a.failureMessages?.join('\n') ?? ''));
    if (failed.length === 0 && file.message) lines.push(`  ${file.name ?? '?'}`, ...firstLines(file.message));
  }
  return lines;
}
