import { readFileSync } from 'node:fs';

/** The resident set of a process in KiB (VmRSS of /proc/<pid>/status); null once it is gone. */
export function residentKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * What the host may hold over its warm-up value at the end of the run: the broker's byte budget (8 MB) for
 * each of the run's windows, plus a fresh engine worker's heap after a crash, rounded up.
 */
export const MEMORY_BUDGET_KB = 160 * 1024;

/** The host's memory over the run, sampled every second. */
export class MemorySampler {
  /** RSS when the faults begin. */
  warmupKb: number | null = null;
  /** The highest RSS seen. */
  peakKb = 0;
  /** The latest RSS. */
  lastKb: number | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pid: number) {}

  /** Starts sampling. */
  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 1000);
  }

  /** Takes the warm-up value (now). */
  markWarmup(): void {
    this.warmupKb = this.sample();
  }

  /** Stops sampling, after one last sample. */
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  private sample(): number | null {
    const kb = residentKb(this.pid);
    if (kb !== null) {
      this.lastKb = kb;
      this.peakKb = Math.max(this.peakKb, kb);
    }
    return kb;
  }
}
