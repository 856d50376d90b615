import type { EngineChoice } from '../../session/start-console-session';

/** Whether Tencent's native library is installed for this platform, and where it was looked for. */
export interface NativeSdk {
  present: boolean;
  path: string;
}

/** The engine to run, and what the operator must be told about the choice. */
export interface ResolvedEngine {
  choice: EngineChoice;
  notices: string[];
}

/** The `--engine` value on the command line, if any (`--engine trtc` or `--engine=trtc`). */
export function engineArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--engine') return inline ?? argv[i + 1] ?? '';
  }
  return null;
}

/**
 * Which engine to run: `--engine sandbox|trtc` on the command line wins over the settings file. Tencent's
 * cloud needs its native library; without it for this platform the sandbox runs, and the notice says so
 * plainly (a broadcast tool must not silently rehearse when the operator meant to go live).
 */
export function resolveEngine(argv: readonly string[], settingsEngine: 'sandbox' | 'trtc', native: NativeSdk, platform = `${process.platform}-${process.arch}`): ResolvedEngine {
  const notices: string[] = [];
  const asked = engineArgument(argv);
  let wanted = settingsEngine;
  if (asked === 'sandbox' || asked === 'trtc') wanted = asked;
  else if (asked !== null) notices.push(`--engine "${asked}" is not an engine (use sandbox or trtc); the settings file's choice (${settingsEngine}) is used.`);
  if (wanted === 'trtc' && !native.present) {
    notices.push(`Tencent's TRTC SDK is not installed for ${platform} (${native.path} is missing): the sandbox cloud runs instead, with its rehearsal.`);
    return { choice: { kind: 'sandbox', scenario: 'rehearsal' }, notices };
  }
  return { choice: wanted === 'trtc' ? { kind: 'trtc' } : { kind: 'sandbox', scenario: 'rehearsal' }, notices };
}
