import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';
import type { Clock } from '../../time/clock';

/** Capacity limits of the simulated service; overridable so specs can reach them with a few clients. */
export interface SandboxLimits {
  /** Online users per LIVE/VoiceChatRoom room, virtual audience included (the guide: "a maximum of 100,000 online users"). */
  maxLiveOnline: number;
  /** Members per VideoCall/AudioCall room (trtc.d.ts enterRoom: "单个房间最多支持300人同时在线"). */
  maxCallMembers: number;
  /** Concurrent anchors per live room (trtc.d.ts enterRoom: "一个房间里最多支持50个主播同时上行音视频"). */
  maxAnchors: number;
  /** Cross-room links touching one room, as caller's or target's room. */
  maxCrossRoomLinks: number;
}

/** How to build a SandboxCloud. */
export interface SandboxCloudOptions extends Partial<SandboxLimits> {
  /** Time source; RealClock by default, VirtualClock in specs. */
  clock?: Clock;
  /** The app's sdkAppId. When given, entering with another sdkAppId fails with ERR_SDK_APPID_INVALID. */
  sdkAppId?: number;
  /** The app's secret key. When given, userSigs are verified as TLS v2 signatures. */
  secretKey?: string;
  /** Seed for latencies and statistics; the same seed replays the same run. Random when absent. */
  seed?: number;
}

/** The limits of Tencent's service as documented. */
export const DEFAULT_LIMITS: Readonly<SandboxLimits> = {
  maxLiveOnline: 100_000,
  maxCallMembers: 300,
  maxAnchors: 50,
  maxCrossRoomLinks: 3,
};

/** The sdkAppId the sandbox reports when none is configured (any valid one is then accepted). */
export const DEFAULT_SDK_APP_ID = SANDBOX_SDK_APP_ID;
