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
  /** start/update/stopPublishMediaStream until its callback: one request to the publishing service. */
  publish: [80, 250],
  /** A CDN push connecting (status 1) until it pushes (status 2). */
  cdnConnect: [300, 1200],
  /** A CDN push stopping (status 5) until it is idle (status 0). */
  cdnDisconnect: [50, 200],
} as const satisfies Record<string, readonly [number, number]>;

/** A request that gets no answer fails after this long (timeoutNextEnter, timeoutNextConnectOtherRoom). */
export const REQUEST_TIMEOUT_MS = 5000;

/** onNetworkQuality and onStatistics fire every 2 s (trtc.d.ts: "该回调每2秒触发一次"). */
export const NETWORK_REPORT_INTERVAL_MS = 2000;

/** The shortest onUserVoiceVolume interval (trtc.d.ts enableAudioVolumeEvaluation: "最小间隔为100ms"). */
export const MIN_VOLUME_INTERVAL_MS = 100;

/** A CDN push that cannot connect or recover says so again every 5 s (trtc.d.ts onCdnStreamStateChanged: "5s回调一次"). */
export const CDN_RETRY_INTERVAL_MS = 5000;

/** ...and fails (status 4) when it has not pushed within 60 s (trtc.d.ts: "60 秒内未成功推流，则进入状态 4"). */
export const CDN_GIVE_UP_MS = 60_000;

/** Which latency to draw. */
export type LatencyKind = keyof typeof LATENCY_MS;
