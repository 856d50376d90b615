import type { EngineCrashMode } from '../contract';

/** Exit code of a crash on purpose, so a report can tell it from a real one. */
export const CRASH_EXIT_CODE = 70;

/** What the broker side is told when an engine crashed on purpose in this mode, where no process reports it. */
export function crashReason(mode: Exclude<EngineCrashMode, 'hang'>): string {
  return mode === 'exit' ? `the engine exited with code ${CRASH_EXIT_CODE}` : 'the engine threw: crashed on purpose (sandbox.crashEngine)';
}
