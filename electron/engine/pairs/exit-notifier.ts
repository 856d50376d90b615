/** Tells an engine's owner once that it is gone, and never after the owner stopped it on purpose. */
export interface ExitNotifier {
  /** Registers a listener for the one exit notice (EngineProcess.onExit). */
  onExit(listener: (reason: string) => void): void;
  /** The engine went by itself: every listener hears why, once. */
  exited(reason: string): void;
  /** The owner stopped it: no notice follows. */
  stopped(): void;
}

/** A fresh exit notifier for one engine process. */
export function exitNotifier(): ExitNotifier {
  const listeners: ((reason: string) => void)[] = [];
  let gone = false;
  return {
    onExit: (listener) => void listeners.push(listener),
    exited: (reason) => {
      if (gone) return;
      gone = true;
      for (const listener of listeners) listener(reason);
    },
    stopped: () => {
      gone = true;
    },
  };
}
