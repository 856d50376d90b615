import type { Duplex } from 'node:stream';

/**
 * Holds a socket's writes until the end of this turn of the event loop, then writes them in one system
 * call: when the engine's messages queue up (a storm), the actions they make reach each window in one
 * write instead of one each. Call before each send; the first in a turn corks, a setImmediate uncorks.
 */
export function writesPerTurn(socket: Pick<Duplex, 'cork' | 'uncork'>, later: (fn: () => void) => void = setImmediate): () => void {
  let corked = false;
  return () => {
    if (corked) return;
    corked = true;
    socket.cork();
    later(() => {
      corked = false;
      socket.uncork();
    });
  };
}
