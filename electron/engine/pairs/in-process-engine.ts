import { MessageChannel } from 'node:worker_threads';

import { nodeMessageEnd, type EngineCrashMode, type EngineLauncher, type EngineProcess, type EngineToBroker, type MessageEnd } from '../contract';
import type { ServedEngine } from '../serve-sandbox-engine';
import { crashReason } from './crash-reason';
import { exitNotifier } from './exit-notifier';
import { nodeEngineChannel, openNodeViewer } from './node-engine-channel';

/** Starts the engine side on a channel; `crash` is how it dies on purpose. */
export type EngineStarter = (channel: MessageEnd<unknown, EngineToBroker>, crash: (mode: EngineCrashMode) => void) => ServedEngine;

/**
 * Both ends of the contract in one thread, for specs: the same messages as across a worker, over Node
 * MessagePorts (asynchronous, structured-cloned), so anything that could not cross a real boundary fails
 * here too. A crash on purpose ends the engine (`exit`, `throw`) or silences it (`hang`).
 */
export function inProcessEngineLauncher(start: EngineStarter): EngineLauncher {
  return (): EngineProcess => {
    const { port1, port2 } = new MessageChannel();
    const notifier = exitNotifier();
    let served: ServedEngine | null = null;

    const stopEngine = () => {
      served?.stop();
      served = null;
      port2.close();
    };
    // Like a dead worker: its end closes, what it already sent is still delivered, then its owner hears why.
    const exit = (reason: string) => {
      stopEngine();
      setImmediate(() => notifier.exited(reason));
    };
    const crash = (mode: EngineCrashMode) => {
      if (mode === 'hang') stopEngine();
      else exit(crashReason(mode));
    };
    served = start(nodeEngineChannel(port2), crash);

    return {
      channel: nodeMessageEnd(port1),
      openViewer: (viewerId) => openNodeViewer(port1, viewerId),
      onExit: notifier.onExit,
      terminate: async () => {
        notifier.stopped();
        stopEngine();
        port1.close();
      },
    };
  };
}
