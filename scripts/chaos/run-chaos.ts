import '@angular/compiler'; // before @ngrx/store (the replicas' room reducer) in plain Node
import { parseChaosOptions } from './chaos-options';
import { reportTable } from './chaos-report';
import { runChaos } from './chaos-run';

/** `npm run chaos [-- --seconds=N --seed=N --report=PATH]`: a chaos run, its table, and exit 1 if a check failed. */
async function main(): Promise<void> {
  const options = parseChaosOptions(process.argv.slice(2));
  const report = await runChaos(options);
  console.log(`\n${reportTable(report)}\n\nreport: ${options.reportPath}`);
  process.exitCode = report.passed ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
