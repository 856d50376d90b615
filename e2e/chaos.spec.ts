import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { reportTable } from '../scripts/chaos/chaos-report';
import { runChaos, SETTLE_MS } from '../scripts/chaos/chaos-run';
import { MIN_SECONDS } from '../scripts/chaos/chaos-options';

/** The short run npm test makes: every kind of fault in a minute, with a fixed seed so a failure replays. */
const SECONDS = 60;
const SEED = 20261129;

test('a 60-second chaos run loses nothing: every window equals the broker, back on air, within memory', async () => {
  const testInfo = test.info();
  expect(SECONDS).toBeGreaterThanOrEqual(MIN_SECONDS);
  // The faults, the settle, and about 20 s to start the host and Chromium and to stop them.
  test.setTimeout((SECONDS + SETTLE_MS / 1000 + 40) * 1000);
  const reportPath = testInfo.outputPath('chaos-report.json');
  const report = await runChaos({ seconds: SECONDS, seed: SEED, reportPath }, () => undefined);
  await testInfo.attach('chaos-report.json', { body: readFileSync(reportPath), contentType: 'application/json' });
  await testInfo.attach('chaos-report.txt', { body: reportTable(report), contentType: 'text/plain' });

  for (const check of report.checks) expect.soft(check.ok, `${check.name}: ${check.detail}`).toBe(true);
  expect(report.faults.length).toBeGreaterThanOrEqual(10);
  expect(report.passed, reportTable(report)).toBe(true);
});
