import type { ViewerToEngine } from '../engine/contract';
import type { WindowLink } from './window-link';

/**
 * Where a window's frame traffic goes. Frames never pass through the broker's state: its subscriptions
 * and acks go to the engine side, which sends frames back for `sendFrame` to deliver.
 */
export interface ViewerRouting {
  /** A window connected; its frames reach it over its link (as bytes, or on a port handed to it). */
  open(windowId: string, link: WindowLink): void;
  /** A window subscribed to a stream, dropped one, or drew a frame. */
  message(windowId: string, message: ViewerToEngine): void;
  /** A window went away. */
  close(windowId: string): void;
}
