import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';
import type { EngineKind } from './models';

/** Which engine is behind the broker. */
export interface EngineInfoState {
  kind: EngineKind | null;
  sdkVersion: string | null;
}

/** Engine slice: sandbox or Tencent's SDK, and its version. */
export const engineInfoFeature = createFeature({
  name: 'engineInfo',
  reducer: createReducer<EngineInfoState>(
    { kind: null, sdkVersion: null },
    on(EngineActions.engineReady, (_, { kind, sdkVersion }): EngineInfoState => ({ kind, sdkVersion })),
  ),
});
