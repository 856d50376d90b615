import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';
import type { EngineKind } from './models';

/** Where the engine behind the broker stands: starting, running, or lost and being restarted. */
export type EngineStatus = 'starting' | 'ready' | 'restarting';

/** Which engine is behind the broker, and how it fares. */
export interface EngineInfoState {
  kind: EngineKind | null;
  sdkVersion: string | null;
  status: EngineStatus;
  /** Engines started so far (1 once the first is ready); more than 1 means it was restarted. */
  generation: number;
  /** Why the engine was last lost, and when; kept after the restart so windows can say what happened. */
  lastLoss: { reason: string; at: number } | null;
  /** How many times the engine was lost since the broker started. */
  losses: number;
  /** Why the engine running is not the one asked for (Tencent's SDK could not load), in words; null when it is. */
  notice: string | null;
  /** The engine signs userSigs itself (the sandbox; Tencent's cloud with a development key), so windows need not give one. */
  signsUserSigs: boolean;
}

/** Before the first engine reported. */
export const initialEngineInfo: EngineInfoState = { kind: null, sdkVersion: null, status: 'starting', generation: 0, lastLoss: null, losses: 0, notice: null, signsUserSigs: false };

/** Engine slice: sandbox or Tencent's SDK, its version, and its life (ready, lost, restarting). */
export const engineInfoFeature = createFeature({
  name: 'engineInfo',
  reducer: createReducer<EngineInfoState>(
    initialEngineInfo,
    on(EngineActions.engineReady, (s, { kind, sdkVersion, generation, notice, signsUserSigs }): EngineInfoState => ({
      ...s,
      kind,
      sdkVersion,
      generation,
      status: 'ready',
      notice: notice ?? null,
      signsUserSigs: signsUserSigs ?? kind === 'sandbox',
    })),
    on(EngineActions.engineLost, (s, { reason, at }): EngineInfoState => ({
      ...s,
      status: 'restarting',
      lastLoss: { reason, at },
      losses: s.losses + 1,
    })),
  ),
});
