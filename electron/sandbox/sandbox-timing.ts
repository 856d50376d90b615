/** Simulated latencies in milliseconds, as [min, max] ranges drawn from the cloud's seeded generator. */
export const LATENCY_MS = {
  /** enterRoom until onEnterRoom: TRTC typically enters in a few hundred ms. */
  enter: [80, 400],
  /** exitRoom until onExitRoom: devices are released first. */
  exit: [20, 60],
  /** switchRole until onSwitchRole. */
  switchRole: [30, 120],
  /** connectOtherRoom until onConnectOtherRoom. */
  connect: [100, 300],
  /** disconnectOtherRoom until onDisconnectOtherRoom. */
  disconnect: [50, 150],
  /** Between two onTryToReconnect while the network is down. */
  reconnectAttempt: [1000, 2000],
} as const satisfies Record<string, readonly [number, number]>;

/** A request that gets no answer fails after this long (timeoutNextEnter, timeoutNextConnectOtherRoom). */
export const REQUEST_TIMEOUT_MS = 5000;

/** onNetworkQuality and onStatistics fire every 2 s (trtc.d.ts: "该回调每2秒触发一次"). */
export const NETWORK_REPORT_INTERVAL_MS = 2000;

/** The shortest onUserVoiceVolume interval (trtc.d.ts enableAudioVolumeEvaluation: "最小间隔为100ms"). */
export const MIN_VOLUME_INTERVAL_MS = 100;

/** Which latency to draw. */
export type LatencyKind = keyof typeof LATENCY_MS;
