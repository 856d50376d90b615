import type { EngineLauncher, EngineProcess, EngineToBroker, MessageEnd } from '../contract';
import type { EngineStarter } from '../pairs/in-process-engine';
import { crashReason } from '../pairs/crash-reason';
import { openSyncViewer, syncChannel } from './stepped-engine';

/**
 * Both ends of the contract in one thread, delivering every message synchronously: for deterministic
 * specs of a real engine side (the sandbox on a virtual clock) under the real broker. A crash on purpose
 * ends the engine at once (`exit`, `throw`) or silences it (`hang`).
 */
export function syncEngineLauncher(start: EngineStarter): EngineLauncher {
  return (): EngineProcess => {
    const [brokerEnd, engineEnd] = syncChannel<unknown, EngineToBroker>() as unknown as [EngineProcess['channel'], MessageEnd<unknown, EngineToBroker>];
    let exitListener: ((reason: string) => void) | null = null;
    let alive = true;
    const stop = () => {
      if (!alive) return;
      alive = false;
      served.stop();
      engineEnd.close();
    };
    const served = start(engineEnd, (mode) => {
      stop();
      if (mode !== 'hang') exitListener?.(crashReason(mode));
    });
    return {
      channel: brokerEnd,
      openViewer: (viewerId) => openSyncViewer(brokerEnd, viewerId),
      onExit: (listener) => {
        exitListener = listener;
      },
      terminate: async () => stop(),
    };
  };
}
