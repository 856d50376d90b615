import type { StreamKey } from '@broadcast-core/bridge';

import type { ContractMethod } from './engine-calls';
import type { MessageEnd } from './message-end';
import type { SandboxRoomInfo } from './sandbox-admin';
import type { TRTCEvent } from './trtc-events';

/** Which engine runs behind the contract: the offline sandbox cloud or Tencent's SDK. */
export type EngineKind = 'sandbox' | 'trtc';

/** A camera, microphone or speaker, as TRTCDeviceInfo names it. */
export interface EngineDevice {
  deviceId: string;
  deviceName: string;
}

/** The engine's devices and the current one of each (null when it has none). */
export interface EngineDevices {
  cameras: EngineDevice[];
  mics: EngineDevice[];
  speakers: EngineDevice[];
  camera: string | null;
  mic: string | null;
  speaker: string | null;
}

/** A picture in BGRA, as the SDK's TRTCImageBuffer holds it (copied out of the SDK's buffer). */
export interface EngineImage {
  width: number;
  height: number;
  /** width x height x 4 bytes, BGRA. */
  bgra: Uint8Array;
}

/** A screen or window that can be shared, as getScreenCaptureSources lists it (TRTCScreenCaptureSourceInfo). */
export interface EngineScreenSource {
  /** TRTCScreenCaptureSourceType: 0 window, 1 screen. */
  type: number;
  sourceId: string;
  sourceName: string;
  width: number;
  height: number;
  isMainScreen: boolean;
  isMinimizeWindow: boolean;
  /** Null when the SDK gave none (a minimised window, say). */
  thumb: EngineImage | null;
}

/**
 * Why a call was not carried out. `unknown-method`: not on the allow-list; `sandbox-only`: a sandbox
 * admin call on another engine; `malformed`: the message itself was broken; `threw`: the engine threw
 * (its message kept); `skipped`: an earlier call of the same group failed, so this one never ran;
 * `not-found`: a sandbox admin target (user, room) does not exist; `user-sig-required`: enterRoom
 * without a userSig on an engine that cannot sign one.
 */
export type EngineErrorCode = 'unknown-method' | 'sandbox-only' | 'malformed' | 'threw' | 'skipped' | 'not-found' | 'user-sig-required';

/** A call's failure, as answered. */
export interface EngineCallError {
  code: EngineErrorCode;
  message: string;
}

/** Broker to engine, over the engine's own channel. */
export type BrokerToEngine =
  /**
   * Call one allow-listed method. Calls run in arrival order and each gets exactly one `answer`. Calls
   * sharing a `group` stop at the first failure: the rest are answered `skipped` without running.
   */
  | { t: 'call'; id: number; method: ContractMethod; args: unknown[]; group?: number }
  /** Heartbeat; answered by `pong` with the same n. */
  | { t: 'ping'; n: number }
  /** A viewer (a window) attached: frames for it go out on `port`, and its subscriptions and acks come in on it. */
  | { t: 'viewer-open'; viewerId: string; port: MessageEnd }
  /** A viewer went away: its subscriptions end and its port closes. */
  | { t: 'viewer-close'; viewerId: string };

/** Engine to broker, in the order things happened. */
export type EngineToBroker =
  /** First message of every engine: what it is, and what the broker used to ask for synchronously. */
  | {
      t: 'ready';
      kind: EngineKind;
      sdkVersion: string;
      devices: EngineDevices;
      sandboxRooms: SandboxRoomInfo[] | null;
      /** An enterRoom without a userSig is signed on this side (the sandbox; Tencent's cloud with a development key). */
      signsUserSigs: boolean;
      /** Why this is not the engine that was asked for (Tencent's SDK could not load, so the sandbox runs), in words. */
      notice?: string;
    }
  /** One SDK callback with its arguments as the SDK passed them. */
  | { t: 'event'; event: TRTCEvent }
  /** The device lists changed (follows the onDeviceChange event that said so). */
  | { t: 'devices'; devices: EngineDevices }
  /** What getScreenCaptureSources listed, sent before that call's answer (thumbnails travel here, not as an answer value). */
  | { t: 'screen-sources'; sources: EngineScreenSource[] }
  /** The sandbox's rooms changed (sent on change only, and before the answer of an admin call that changed them). */
  | { t: 'sandbox-rooms'; rooms: SandboxRoomInfo[] }
  | { t: 'answer'; id: number; ok: true; value?: unknown }
  | { t: 'answer'; id: number; ok: false; error: EngineCallError }
  | { t: 'pong'; n: number }
  /** A broker message so broken that no answer can name it (no readable call id). */
  | { t: 'fault'; error: EngineCallError };

/** A viewer to the engine, over its frame port: which streams it shows, and which frames it drew. */
export type ViewerToEngine =
  | { t: 'subscribe' | 'unsubscribe'; stream: StreamKey }
  | {
      t: 'frame-ack';
      stream: StreamKey;
      /**
       * The buffer of a frame this viewer no longer reads (any frame it was sent, of any stream), moved back
       * so the engine writes a later frame into it instead of a fresh allocation. Taken only when it is one the
       * engine lent this viewer and has not had back (its header names the stream and frame), else dropped.
       */
      buffer?: ArrayBuffer;
    };

/** The kinds of viewer message. */
export const VIEWER_MESSAGE_KINDS = ['subscribe', 'unsubscribe', 'frame-ack'] as const;
