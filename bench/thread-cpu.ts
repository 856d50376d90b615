import { readFileSync } from 'node:fs';

/**
 * CPU time this thread has run, in ms (Linux `/proc/thread-self/schedstat`, nanoseconds), or NaN where the
 * system does not say. Unlike event loop utilization, it does not count the time the thread waited for a core:
 * on two cores shared by a broker, an engine worker and three windows, busy wall time overstates the work.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** CPU time of this whole process (every thread), in ms. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
