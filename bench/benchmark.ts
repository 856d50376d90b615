/** One benchmark that bench/run.ts can run: prints its own report, and says whether its targets were met. */
export interface Benchmark {
  /** Short name, also used to pick benchmarks from the command line (`npm run bench -- frame`). */
  readonly name: string;
  /** Runs and reports; returns false when a target was missed. */
  run(): boolean;
}
