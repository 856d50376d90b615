import type { BridgeError } from '@broadcast-core/bridge';
import type { PreflightCheck } from '@broadcast-core/room-state';

/** One step of going on air, in the guide's order: the pre-flight checks, camera, microphone, then entering the room. */
export type ShowStep = 'preflight' | 'camera' | 'mic' | 'enter';

/**
 * Why a step failed: the broker refused it, TRTC answered with an error code, no userSig could be had, or
 * pre-flight checks failed (`checks` empty: they did not finish in time).
 */
export type StepFailure =
  | { kind: 'refusal'; error: BridgeError }
  | { kind: 'code'; code: number; message: string }
  | { kind: 'sign'; reason: string }
  | { kind: 'preflight'; checks: PreflightCheck[] };

/** What a step did: done, or failed and why. */
export type StepOutcome = { ok: true } | { ok: false; failure: StepFailure };

/** Carries out the steps against the room: the only part of going on air that talks to the broker. */
export interface StepRunner {
  /** True when the step's effect is already in place (the camera already on): it is neither run nor undone. */
  alreadyDone(step: ShowStep): boolean;
  /** Does the step and settles when the room has it (or has refused it). */
  run(step: ShowStep): Promise<StepOutcome>;
  /** Takes back a step this run did, after a later one failed. */
  undo(step: ShowStep): Promise<void>;
}

/** Where a step stands while going on air. */
export type StepState = 'waiting' | 'running' | 'done' | 'skipped' | 'failed' | 'undone';

/** The end of a run: every step done, or the step that failed, why, and the steps taken back. */
export type ShowRunResult = { ok: true } | { ok: false; failedStep: ShowStep; failure: StepFailure; undone: ShowStep[] };

/** The steps of each single action: an anchor checks, then goes on air with camera and mic; the audience only enters. */
export const SHOW_STEPS = {
  anchor: ['preflight', 'camera', 'mic', 'enter'],
  audience: ['enter'],
} as const satisfies Record<string, readonly ShowStep[]>;

/** Steps that leave nothing to take back: the pre-flight only looks (it stops its own tests as it ends). */
const NOTHING_TO_UNDO: ReadonlySet<ShowStep> = new Set<ShowStep>(['preflight']);

/**
 * Runs the steps in order, telling `progress` each change. A failed step stops the run; the steps this
 * run started are then undone, latest first, and those already in place before it are left alone.
 */
export async function runShowSteps(steps: readonly ShowStep[], runner: StepRunner, progress: (step: ShowStep, state: StepState) => void): Promise<ShowRunResult> {
  const started: ShowStep[] = [];
  for (const step of steps) {
    if (runner.alreadyDone(step)) {
      progress(step, 'skipped');
      continue;
    }
    progress(step, 'running');
    const outcome = await runner.run(step);
    if (!outcome.ok) {
      progress(step, 'failed');
      const undone = [...started].reverse();
      for (const done of undone) {
        await runner.undo(done);
        progress(done, 'undone');
      }
      return { ok: false, failedStep: step, failure: outcome.failure, undone };
    }
    if (!NOTHING_TO_UNDO.has(step)) started.push(step);
    progress(step, 'done');
  }
  return { ok: true };
}
