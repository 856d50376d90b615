import { engineArgument, resolveEngine } from './engine-choice';

const PRESENT = { present: true, path: '/app/node_modules/trtc-electron-sdk/build/Release/trtc_electron_sdk.node' };
const MISSING = { ...PRESENT, present: false };

describe('resolveEngine', () => {
  it('runs what the settings say, and the command line wins', () => {
    expect(resolveEngine([], 'sandbox', PRESENT)).toEqual({ choice: { kind: 'sandbox', scenario: 'rehearsal' }, notices: [] });
    expect(resolveEngine([], 'trtc', PRESENT)).toEqual({ choice: { kind: 'trtc' }, notices: [] });
    expect(resolveEngine(['--engine', 'trtc'], 'sandbox', PRESENT).choice).toEqual({ kind: 'trtc' });
    expect(resolveEngine(['--engine=sandbox'], 'trtc', PRESENT).choice.kind).toBe('sandbox');
  });

  it('stays on the sandbox when Tencent’s native library is missing for this platform, and says so plainly', () => {
    const resolved = resolveEngine(['--engine', 'trtc'], 'sandbox', MISSING, 'linux-x64');
    expect(resolved.choice).toEqual({ kind: 'sandbox', scenario: 'rehearsal' });
    expect(resolved.notices).toEqual([`Tencent's TRTC SDK is not installed for linux-x64 (${MISSING.path} is missing): the sandbox cloud runs instead, with its rehearsal.`]);
  });

  it('names an engine it does not know, and keeps the settings file’s', () => {
    const resolved = resolveEngine(['--engine', 'agora'], 'trtc', PRESENT);
    expect(resolved.choice).toEqual({ kind: 'trtc' });
    expect(resolved.notices[0]).toMatch(/--engine "agora" is not an engine/);
  });
});

describe('engineArgument', () => {
  it.each([
    [[], null],
    [['--engine', 'trtc'], 'trtc'],
    [['--engine=sandbox'], 'sandbox'],
    [['--engine'], ''],
    [['/path/to/app', '--inspect', '--engine', 'x'], 'x'],
  ])('%j gives %j', (argv, value) => {
    expect(engineArgument(argv)).toBe(value);
  });
});
