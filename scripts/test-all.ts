import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApps } from './app-build';
import { jestFailures, playwrightFailures } from './failure-digest';
import { findChromium } from './find-chromium';
import { bin, run, secondsSince } from './run-command';
import { addCounts, jestCounts, playwrightCounts, summaryLine, type TestCounts } from './test-counts';

/**
 * `npm test`: lint, typecheck, Jest, the two app builds, then Playwright,
 * stopping at the first failing stage. Ends with the line
 * `tests: N passed, N failed` (Jest and Playwright tests, read from their
 * JSON reports) and a non-zero exit code on any failure.
 *
 * `npm test -- --skip=lint,typecheck` skips stages by id (lint, typecheck,
 * jest, build, e2e), for local iteration; CI never skips.
 */

/** One step of the pipeline; resolves to whether it passed. */
interface Stage {
  /** Short name, as used by --skip. */
  readonly id: string;
  readonly name: string;
  run(): Promise<boolean>;
}

const reports = mkdtempSync(join(tmpdir(), 'broadcaster-test-'));
const counts: TestCounts[] = [];
/** What failed and why, a few lines per test, printed again at the very end. */
const failures: string[] = [];

/** Reads a runner's JSON report into `counts` and `failures`; a missing or unreadable report is itself a failure. */
function collect<C, D>(file: string, runner: string, read: (json: C) => TestCounts, digest: (json: D) => string[]): boolean {
  if (!existsSync(file)) {
    console.error(`${runner} wrote no JSON report (${file}): it did not get as far as running tests.`);
    return false;
  }
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    counts.push(read(json as C));
    failures.push(...digest(json as D));
    return true;
  } catch (err) {
    console.error(`Could not read ${runner}'s JSON report ${file}: ${(err as Error).message}`);
    return false;
  }
}

const stages: Stage[] = [
  { id: 'lint', name: 'lint', run: async () => (await run(bin('eslint'), ['.'])) === 0 },
  { id: 'typecheck', name: 'typecheck', run: async () => (await run('npm', ['run', '--silent', 'typecheck'])) === 0 },
  {
    id: 'jest',
    name: 'unit and component tests (jest)',
    run: async () => {
      const file = join(reports, 'jest.json');
      const code = await run(bin('jest'), ['--ci', '--json', `--outputFile=${file}`]);
      return collect(file, 'Jest', jestCounts, jestFailures) && code === 0;
    },
  },
  { id: 'build', name: 'build (console, preview-window)', run: () => buildApps() },
  {
    id: 'e2e',
    name: 'end-to-end tests (playwright)',
    run: async () => {
      let chromium: string;
      try {
        chromium = findChromium();
      } catch (err) {
        console.error((err as Error).message);
        return false;
      }
      console.log(`  Chromium: ${chromium}`);
      const file = join(reports, 'playwright.json');
      const code = await run(bin('playwright'), ['test'], { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_FILE: file });
      return collect(file, 'Playwright', playwrightCounts, playwrightFailures) && code === 0;
    },
  },
];

/** Stage ids given with --skip=a,b. */
const skip = new Set(process.argv.flatMap((arg) => (arg.startsWith('--skip=') ? arg.slice('--skip='.length).split(',') : [])));

async function main(): Promise<number> {
  const unknown = [...skip].filter((id) => !stages.some((stage) => stage.id === id));
  if (unknown.length > 0) {
    console.error(`Unknown stage in --skip: ${unknown.join(', ')}; stages are ${stages.map((stage) => stage.id).join(', ')}.`);
    return 1;
  }
  const timings: string[] = [];
  let failed: string | undefined;
  for (const stage of stages) {
    if (skip.has(stage.id)) {
      timings.push(`skipped ${'-'.padStart(8)}  ${stage.name} (--skip)`);
      continue;
    }
    console.log(`\n=== ${stage.name} ===`);
    const start = performance.now();
    let ok: boolean;
    try {
      ok = await stage.run();
    } catch (err) {
      console.error(err);
      ok = false;
    }
    const took = secondsSince(start);
    timings.push(`${ok ? 'passed' : 'FAILED'}  ${took.padStart(8)}  ${stage.name}`);
    console.log(`--- ${stage.name}: ${ok ? 'passed' : 'FAILED'} in ${took}`);
    if (!ok) {
      failed = stage.name;
      break;
    }
  }
  if (failures.length > 0) console.log(['\nFailed:', ...failures].join('\n'));
  console.log('\nStages:');
  for (const line of timings) console.log(`  ${line}`);
  if (failed) console.log(`Stopped at the first failing stage: ${failed}.`);
  const total = addCounts(...counts);
  console.log(summaryLine(total));
  return failed || total.failed > 0 ? 1 : 0;
}

void main()
  .then((code) => {
    process.exitCode = code;
  })
  .finally(() => rmSync(reports, { recursive: true, force: true }));
