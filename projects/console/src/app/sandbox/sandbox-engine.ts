import { computed, inject, type Signal } from '@angular/core';
import { Store } from '@ngrx/store';

import { BridgeClient } from '@broadcast-core/bridge-client';
import { selectSandboxEngine } from '@broadcast-core/room-state';

/**
 * True while the engine behind the broker is the sandbox: the shared state says so once the engine
 * reported, the bridge's hello before that. Call in an injection context.
 */
export function injectIsSandboxEngine(): Signal<boolean> {
  const reported = inject(Store).selectSignal(selectSandboxEngine);
  const bridge = inject(BridgeClient);
  return computed(() => reported() ?? bridge.engine() === 'sandbox');
}
