import { addCounts, jestCounts, playwrightCounts, summaryLine } from './test-counts';

describe('test counts', () => {
  it('reads passed and failed tests from Jest --json output', () => {
    expect(jestCounts({ numPassedTests: 41, numFailedTests: 2, numRuntimeErrorTestSuites: 0 })).toEqual({ passed: 41, failed: 2 });
  });

  it('counts a Jest test file that could not run as a failure', () => {
    expect(jestCounts({ numPassedTests: 3, numFailedTests: 0, numRuntimeErrorTestSuites: 1 })).toEqual({ passed: 3, failed: 1 });
  });

  it('reads Playwright JSON stats, flaky as passed, top-level errors as failed', () => {
    expect(playwrightCounts({ stats: { expected: 5, unexpected: 1, flaky: 2 }, errors: [] })).toEqual({ passed: 7, failed: 1 });
    expect(playwrightCounts({ stats: { expected: 0, unexpected: 0, flaky: 0 }, errors: [{ message: 'config broke' }] })).toEqual({ passed: 0, failed: 1 });
  });

  it('treats missing fields as zero', () => {
    expect(jestCounts({})).toEqual({ passed: 0, failed: 0 });
    expect(playwrightCounts({})).toEqual({ passed: 0, failed: 0 });
  });

  it('sums runners and prints the summary line', () => {
    expect(summaryLine(addCounts({ passed: 8, failed: 0 }, { passed: 1, failed: 2 }))).toBe('tests: 9 passed, 2 failed');
    expect(summaryLine(addCounts())).toBe('tests: 0 passed, 0 failed');
  });
});
