import { randomBytes } from 'node:crypto';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { SandboxCloud, SandboxTRTCCloud, type Clock } from '../sandbox';
import { EngineHost } from './engine-host';


/** A sandbox cloud with the console's own client on it. */
export interface SandboxEngine {
  cloud: SandboxCloud;
  host: EngineHost;
}

/**
 * Creates the embedded default engine: a sandbox cloud with a per-launch
 * secret (so userSigs are really verified), and the console's client on it.
 * The cloud itself serves the sandbox admin operations.
 */
export function createSandboxEngine(options: { clock?: Clock; seed?: number } = {}): SandboxEngine {
  const cloud = new SandboxCloud({
    clock: options.clock,
    seed: options.seed,
    sdkAppId: SANDBOX_SDK_APP_ID,
    secretKey: randomBytes(32).toString('hex'),
  });
  return { cloud, host: new EngineHost(new SandboxTRTCCloud(cloud), 'sandbox', cloud) };
}
