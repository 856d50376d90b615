import { describeRenderGone } from './render-gone';

describe('describeRenderGone', () => {
  it.each([
    [{ reason: 'crashed', exitCode: 11 }, 'the engine window crashed with code 11'],
    [{ reason: 'clean-exit', exitCode: 70 }, 'the engine window exited with code 70'],
    [{ reason: 'oom', exitCode: -536870904 }, 'the engine window ran out of memory with code -536870904'],
    [{ reason: 'launch-failed', exitCode: 1 }, 'the engine window failed to start with code 1'],
    [{ reason: 'something-new', exitCode: 3 }, 'the engine window went away (something-new) with code 3'],
  ])('says %j as "%s"', (details, words) => {
    expect(describeRenderGone(details)).toBe(words);
  });
});
