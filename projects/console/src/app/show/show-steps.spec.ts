import { runShowSteps, SHOW_STEPS, type ShowStep, type StepOutcome, type StepRunner, type StepState } from './show-steps';

const REFUSED: StepOutcome = { ok: false, failure: { kind: 'refusal', error: { code: 'invalid-state', reason: 'notConnected', message: 'not connected' } } };

/** A runner that records what it was asked, fails one step, and has some steps already in place. */
function fakeRunner(failAt: ShowStep | null, inPlace: ShowStep[] = []): StepRunner & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    alreadyDone: (step) => inPlace.includes(step),
    run: async (step) => {
      calls.push(`run ${step}`);
      return step === failAt ? REFUSED : { ok: true };
    },
    undo: async (step) => {
      calls.push(`undo ${step}`);
    },
  };
}

describe('going on air step by step', () => {
  const run = async (runner: StepRunner, steps: readonly ShowStep[] = SHOW_STEPS.anchor) => {
    const seen: string[] = [];
    const result = await runShowSteps(steps, runner, (step: ShowStep, state: StepState) => seen.push(`${step} ${state}`));
    return { result, seen };
  };

  it('runs the pre-flight, camera, mic and enter in that order', async () => {
    const runner = fakeRunner(null);
    const { result, seen } = await run(runner);
    expect(result).toEqual({ ok: true });
    expect(runner.calls).toEqual(['run preflight', 'run camera', 'run mic', 'run enter']);
    expect(seen).toEqual(['preflight running', 'preflight done', 'camera running', 'camera done', 'mic running', 'mic done', 'enter running', 'enter done']);
  });

  it('stops at a failed pre-flight before touching camera or mic', async () => {
    const runner = fakeRunner('preflight');
    const { result, seen } = await run(runner);
    expect(result).toEqual({ ok: false, failedStep: 'preflight', failure: REFUSED.ok ? null : REFUSED.failure, undone: [] });
    expect(runner.calls).toEqual(['run preflight']);
    expect(seen).toEqual(['preflight running', 'preflight failed']);
  });

  it('stops at a failed camera and undoes nothing, the pre-flight having nothing to undo', async () => {
    const runner = fakeRunner('camera');
    const { result } = await run(runner);
    expect(result).toEqual({ ok: false, failedStep: 'camera', failure: REFUSED.ok ? null : REFUSED.failure, undone: [] });
    expect(runner.calls).toEqual(['run preflight', 'run camera']);
  });

  it('stops at a failed mic and turns the camera it started off again', async () => {
    const runner = fakeRunner('mic');
    const { result, seen } = await run(runner);
    expect(result).toMatchObject({ ok: false, failedStep: 'mic', undone: ['camera'] });
    expect(runner.calls).toEqual(['run preflight', 'run camera', 'run mic', 'undo camera']);
    expect(seen.slice(-2)).toEqual(['mic failed', 'camera undone']);
  });

  it('stops at a failed entry and undoes the mic, then the camera', async () => {
    const runner = fakeRunner('enter');
    const { result } = await run(runner);
    expect(result).toMatchObject({ ok: false, failedStep: 'enter', undone: ['mic', 'camera'] });
    expect(runner.calls).toEqual(['run preflight', 'run camera', 'run mic', 'run enter', 'undo mic', 'undo camera']);
  });

  it('leaves alone what was in place before it began', async () => {
    const runner = fakeRunner('enter', ['preflight', 'camera']);
    const { result, seen } = await run(runner);
    expect(result).toMatchObject({ ok: false, failedStep: 'enter', undone: ['mic'] });
    expect(runner.calls).toEqual(['run mic', 'run enter', 'undo mic']);
    expect(seen.slice(0, 2)).toEqual(['preflight skipped', 'camera skipped']);
  });

  it('only enters for the audience', async () => {
    const runner = fakeRunner(null);
    await run(runner, SHOW_STEPS.audience);
    expect(runner.calls).toEqual(['run enter']);
  });
});
