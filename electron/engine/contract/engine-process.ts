import type { BrokerToEngine, ViewerToEngine } from './engine-messages';
import type { MessageEnd } from './message-end';

/** What the broker side sends over an engine's channel (viewer ports travel through `openViewer`). */
export type BrokerToEngineMessage = Exclude<BrokerToEngine, { t: 'viewer-open' }>;

/**
 * A running engine as the broker side sees it, whatever runs it: a worker thread, a hidden Electron
 * window, or the same thread (specs). Only messages cross; nothing is shared.
 */
export interface EngineProcess {
  /** The engine's channel: broker messages out, engine messages (unvalidated) in, in order. */
  readonly channel: MessageEnd<unknown, BrokerToEngineMessage>;
  /**
   * Makes a frame channel for a viewer and gives the engine one end: frames arrive on the returned end,
   * and the viewer's subscriptions and acks go out on it.
   */
  openViewer(viewerId: string): MessageEnd<Uint8Array, ViewerToEngine>;
  /** Registers a listener called once when the engine is gone by itself (exited, threw), with why in words. */
  onExit(listener: (reason: string) => void): void;
  /** Stops the engine for good, whatever state it is in; resolves when it is gone. Idempotent. */
  terminate(): Promise<void>;
}

/** Starts a fresh engine. Each call is a new engine with nothing of the previous one's state. */
export type EngineLauncher<P extends EngineProcess = EngineProcess> = () => P;
