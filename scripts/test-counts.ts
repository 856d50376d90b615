/** Passed and failed test counts of one runner. */
export interface TestCounts {
  passed: number;
  failed: number;
}

/** The fields of Jest's `--json` output that the summary reads. */
interface JestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  numRuntimeErrorTestSuites?: number;
}

/** The fields of Playwright's JSON reporter output that the summary reads. */
interface PlaywrightJson {
  stats?: { expected?: number; unexpected?: number; flaky?: number };
  errors?: unknown[];
}

/**
 * Counts from Jest's `--json` output. A test file that failed to run at all
 * (syntax error, failing import) counts as one failed test, so a broken spec
 * can never read as "0 failed".
 */
export function jestCounts(json: JestJson): TestCounts {
  return {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
  };
}

/**
 * Counts from Playwright's JSON reporter. Flaky tests passed on retry, so they
 * count as passed; errors outside any test (config, global setup, a spec that
 * fails to load) count as failed.
 */
export function playwrightCounts(json: PlaywrightJson): TestCounts {
  const stats = json.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (json.errors?.length ?? 0),
  };
}

/** Sum of several runners' counts. */
export function addCounts(...counts: TestCounts[]): TestCounts {
  return counts.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
}

/** The one summary line `npm test` ends with. */
export function summaryLine(counts: TestCounts): string {
  return `tests: ${counts.passed} passed, ${counts.failed} failed`;
}
