// The sandbox TRTC cloud: a simulated, offline TRTC service (server/) and a TRTCCloud drop-in that talks to it
// (client/), over what both share (common/). The sandbox-*.spec.ts files beside this one test it as a whole.
export { SandboxCloud } from './server/sandbox-cloud';
export { SandboxTRTCCloud } from './client/sandbox-trtc-cloud';
export { RealClock, VirtualClock, type Clock, type TimerHandle } from '../time/clock';
export { DEFAULT_LIMITS, DEFAULT_SDK_APP_ID, type SandboxCloudOptions, type SandboxLimits } from './server/sandbox-options';
export type { SandboxLinkEnd, SandboxLinkInfo, SandboxMemberInfo, SandboxRoomInfo } from './server/room-inspection';
export type { RoomId } from './common/room-key';
export { ExitReason, LeaveReason } from './common/sdk-reasons';
export { ALREADY_IN_ROOM, ANCHOR_SEATS_FULL, BAD_SCENE, INVALID_ROLE, NOT_IN_ROOM, REPLACED_BY_NEWER_LOGIN, ROOM_FULL } from './common/sandbox-codes';
export { CDN_GIVE_UP_MS, CDN_RETRY_INTERVAL_MS, LATENCY_MS, NETWORK_REPORT_INTERVAL_MS, REQUEST_TIMEOUT_MS } from './common/sandbox-timing';
export { SANDBOX_SDK_VERSION } from './client/sdk-version';
export { CdnPushStatus } from './server/cdn/cdn-push';
export { CDN_TIMED_OUT, MIX_REFUSED, RELAY_REFUSED, STOP_REFUSED } from './server/cdn/publish-codes';
export type { PublishTaskInfo } from './server/cdn/publish-tasks';
export type { FrameSink } from './common/video-stream-ticker';
export * from './scenarios';
