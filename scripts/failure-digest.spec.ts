import type { JSONReportSuite } from '@playwright/test/reporter';

import { jestFailures, playwrightFailures } from './failure-digest';

const suite = (over: Partial<JSONReportSuite>): JSONReportSuite => ({ title: 'a.spec.ts', file: 'a.spec.ts', column: 0, line: 0, specs: [], ...over });
const test = (status: 'expected' | 'unexpected', message = '') =>
  ({ status, results: [{ errors: message ? [{ message }] : [] }] }) as unknown as JSONReportSuite['specs'][number]['tests'][number];
const spec = (title: string, ...tests: JSONReportSuite['specs'][number]['tests']) =>
  ({ title, tests }) as unknown as JSONReportSuite['specs'][number];

describe('playwrightFailures', () => {
  it('names each failed test with the first lines of its error, colour and stack stripped', () => {
    const message = '\u001b[31mError: expect(locator).toHaveText(expected)\u001b[39m\n\nExpected: "Encoded as 540×960"\nReceived: "Encoded as 640×360"\n    at e2e/x.spec.ts:27:3';
    const lines = playwrightFailures({
      suites: [suite({ specs: [spec('passes', test('expected')), spec('fails', test('unexpected', message))], suites: [suite({ title: 'inner', specs: [spec('also fails', test('unexpected', 'boom'))] })] })],
    });
    expect(lines).toEqual([
      '  a.spec.ts › fails',
      '    Error: expect(locator).toHaveText(expected)',
      '    Expected: "Encoded as 540×960"',
      '    Received: "Encoded as 640×360"',
      '  a.spec.ts › inner › also fails',
      '    boom',
    ]);
  });

  it('reports errors outside any test, and nothing when all passed', () => {
    expect(playwrightFailures({ suites: [suite({ specs: [spec('ok', test('expected'))] })] })).toEqual([]);
    expect(playwrightFailures({ suites: [], errors: [{ message: 'config broke' }] })).toEqual(['  (outside any test)', '    config broke']);
  });

  it('keeps at most six lines of a long message', () => {
    const lines = playwrightFailures({ suites: [suite({ specs: [spec('long', test('unexpected', Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n')))] })] });
    expect(lines).toHaveLength(7);
  });
});

describe('jestFailures', () => {
  it('names failed tests, and a file that could not run at all', () => {
    expect(
      jestFailures({
        testResults: [
          { name: 'a.spec.ts', assertionResults: [{ fullName: 'A works', status: 'passed' }, { fullName: 'A fails', status: 'failed', failureMessages: ['Error: nope\n    at x (a.ts:1:1)'] }] },
          { name: 'b.spec.ts', message: 'Cannot find module ./gone', assertionResults: [] },
        ],
      }),
    ).toEqual(['  A fails', '    Error: nope', '  b.spec.ts', '    Cannot find module ./gone']);
  });
});
