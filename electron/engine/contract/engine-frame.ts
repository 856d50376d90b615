import type { StreamKey } from '@broadcast-core/bridge';

/** A frame the engine rendered, still in the engine's reused buffer: copy before keeping it. */
export interface EngineFrame {
  stream: StreamKey;
  width: number;
  height: number;
  rotation: number;
  timestamp: number;
  /** View of the SDK's buffer; valid only during the callback. */
  data: Uint8Array;
}
