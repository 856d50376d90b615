// Runs the benchmarks (`npm run bench`, or `npm run bench -- <name part>` for some) and fails when one misses its target.
import type { Benchmark } from './benchmark';
import { frameGenerationBenchmark } from './frame-generation.bench';
import { rendererBenchmark } from './renderers/renderers.bench';

/** Every benchmark, in run order; add new ones here. */
const BENCHMARKS: readonly Benchmark[] = [frameGenerationBenchmark, rendererBenchmark];

const filters = process.argv.slice(2);
const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
if (selected.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exitCode = 1;
}

const failed: string[] = [];
for (const benchmark of selected) {
  const start = performance.now();
  console.log(`\n== ${benchmark.name}`);
  if (!benchmark.run()) failed.push(benchmark.name);
  console.log(`(${((performance.now() - start) / 1000).toFixed(1)} s)`);
}
console.log(`\n${failed.length === 0 ? 'PASS' : 'FAIL'}: ${selected.length - failed.length}/${selected.length} benchmarks met their targets${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
if (failed.length > 0) process.exitCode = 1;
