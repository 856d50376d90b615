// The sandbox TRTC cloud: a simulated, offline TRTC service and a TRTCCloud drop-in that talks to it.
export { SandboxCloud } from './sandbox-cloud';
export { SandboxTRTCCloud } from './sandbox-trtc-cloud';
export { RealClock, VirtualClock, type Clock, type TimerHandle } from '../time/clock';
export { DEFAULT_LIMITS, DEFAULT_SDK_APP_ID, type SandboxCloudOptions, type SandboxLimits } from './sandbox-options';
export type { SandboxLinkEnd, SandboxLinkInfo, SandboxMemberInfo, SandboxRoomInfo } from './room-inspection';
export type { RoomId } from './room-key';
export { ExitReason, LeaveReason } from './sdk-reasons';
export { ALREADY_IN_ROOM, ANCHOR_SEATS_FULL, BAD_SCENE, INVALID_ROLE, NOT_IN_ROOM, REPLACED_BY_NEWER_LOGIN, ROOM_FULL } from './sandbox-codes';
export { CDN_GIVE_UP_MS, CDN_RETRY_INTERVAL_MS, LATENCY_MS, NETWORK_REPORT_INTERVAL_MS, REQUEST_TIMEOUT_MS } from './sandbox-timing';
export { SANDBOX_SDK_VERSION } from './sdk-version';
export { CdnPushStatus } from './cdn/cdn-push';
export { CDN_TIMED_OUT, MIX_REFUSED, RELAY_REFUSED, STOP_REFUSED } from './cdn/publish-codes';
export type { PublishTaskInfo } from './cdn/publish-tasks';
export type { FrameSink } from './video-stream-ticker';
export * from './scenarios';
