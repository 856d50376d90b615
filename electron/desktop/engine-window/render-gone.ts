/** Why a renderer went away, as Electron's `render-process-gone` details give it. */
export interface RenderGoneDetails {
  reason: string;
  exitCode: number;
}

const WORDS: Record<string, string> = {
  'clean-exit': 'exited',
  'abnormal-exit': 'exited abnormally',
  killed: 'was killed',
  crashed: 'crashed',
  oom: 'ran out of memory',
  'launch-failed': 'failed to start',
  'integrity-failure': 'failed its code integrity check',
  'memory-eviction': 'was evicted to free memory',
};

/** The engine window's end in words, for every window's banner and the event log. */
export function describeRenderGone(details: RenderGoneDetails): string {
  const what = WORDS[details.reason] ?? `went away (${details.reason})`;
  return `the engine window ${what} with code ${details.exitCode}`;
}
