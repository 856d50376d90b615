import { randomBytes } from 'node:crypto';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { SandboxCloud, SandboxTRTCCloud, findScenario, runScenario, scenarioNames, type ScenarioRun } from '../sandbox';
import type { Clock } from '../time/clock';
import { EngineHost } from './engine-host';

/** How to make the embedded default engine. */
export interface SandboxEngineOptions {
  /** The cloud's clock (real time unless a spec gives a virtual one). */
  clock?: Clock;
  seed?: number;
  /** The rehearsal to play with virtual participants (`rehearsal`, `still`, `empty`); none when left out. */
  scenario?: string;
}

/** A sandbox cloud with the console's own client on it, and the virtual participants of a scenario. */
export interface SandboxEngine {
  cloud: SandboxCloud;
  host: EngineHost;
  /** The scenario being played, if any. */
  rehearsal: ScenarioRun | null;
  /** Stops the scenario and releases the console's client. */
  dispose(): void;
}

/**
 * Creates the embedded default engine: a sandbox cloud with a per-launch secret (so userSigs are really
 * verified, and signed only on the engine side), the console's client on it, and a scenario's virtual
 * participants. Throws for an unknown scenario name.
 */
export function createSandboxEngine(options: SandboxEngineOptions = {}): SandboxEngine {
  const scenario = options.scenario === undefined ? undefined : findScenario(options.scenario);
  if (options.scenario !== undefined && !scenario) {
    throw new Error(`unknown scenario "${options.scenario}"; known: ${scenarioNames().join(', ')}`);
  }
  const cloud = new SandboxCloud({
    clock: options.clock,
    seed: options.seed,
    sdkAppId: SANDBOX_SDK_APP_ID,
    secretKey: randomBytes(32).toString('hex'),
  });
  const client = new SandboxTRTCCloud(cloud);
  const host = new EngineHost(client, 'sandbox');
  const rehearsal = scenario ? runScenario(cloud, scenario) : null;
  return {
    cloud,
    host,
    rehearsal,
    dispose: () => {
      rehearsal?.stop();
      host.dispose();
      client.destroy();
    },
  };
}
