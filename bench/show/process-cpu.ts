// CPU time of this process's descendants (Chromium's processes), by process type, from Linux /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds so far, by process type (`browser`, `renderer`, `gpu-process`, `utility:network`, …). */
export type CpuByType = Record<string, number>;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** A process's parent pid and CPU ms from its stat line (the command name may hold spaces and parentheses). */
function parseStat(stat: string): { ppid: number; cpuMs: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  return { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
}

/** A Chromium process's type from its command line: `--type=` (and the utility's sub-type), else `browser`. */
function processType(cmdline: string): string {
  // Chromium rewrites its command line (setproctitle): arguments then end in spaces, not NULs.
  const args = cmdline.split(/[\0 ]/);
  const type = args.find((a) => a.startsWith('--type='))?.slice(7);
  if (!type) return args[0].includes('chrom') ? 'browser' : args[0].split('/').pop() || 'other';
  if (type === 'renderer' && args.includes('--top-chrome-webui')) return 'renderer:webui';
  if (type !== 'utility') return type;
  // network.mojom.NetworkService -> utility:NetworkService
  const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19) ?? '';
  return `utility:${sub.split('.').pop()}`;
}

/** CPU ms so far of every descendant of `root` (not `root` itself), summed by process type; ended processes drop out. */
export function descendantCpu(root = process.pid): CpuByType {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const { ppid, cpuMs } = parseStat(stat);
    parents.set(Number(name), ppid);
    cpu.set(Number(name), cpuMs);
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  const byType: CpuByType = {};
  for (const [pid, ms] of cpu) {
    if (!isDescendant(pid)) continue;
    const type = processType(read(`/proc/${pid}/cmdline`) ?? '');
    byType[type] = (byType[type] ?? 0) + ms;
  }
  return byType;
}

/** Per type, CPU ms between two readings. */
export function cpuDelta(before: CpuByType, after: CpuByType): CpuByType {
  const out: CpuByType = {};
  for (const [type, ms] of Object.entries(after)) out[type] = ms - (before[type] ?? 0);
  return out;
}

/** The whole machine's busy CPU ms and elapsed CPU ms (all cores) so far, from /proc/stat. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  const line = (read('/proc/stat') ?? '').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number); // user … steal: guest time is already in user
  const total = line.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const idle = (line[3] ?? 0) + (line[4] ?? 0);
  return { busyMs: ((total - idle) * 1000) / TICKS_PER_SECOND, totalMs: (total * 1000) / TICKS_PER_SECOND };
}
