import {
  TRTCLocalStatistics,
  TRTCQuality,
  TRTCQualityInfo,
  TRTCRemoteStatistics,
  TRTCStatistics,
  TRTCVideoStreamType,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { PublishedAudio, PublishedVideo } from '../common/sandbox-client-port';
import type { SeededRandom } from '../common/seeded-random';

/** A video stream as it leaves or arrives. */
export interface StreamVideo extends PublishedVideo {
  streamType: TRTCVideoStreamType;
}

/** What this client sends. */
export interface Uplink {
  /** Its network is cut. */
  down: boolean;
  /** Published video streams (big first). */
  videos: StreamVideo[];
  audio?: PublishedAudio;
}

/** What this client receives from one remote user. */
export interface Downlink {
  userId: string;
  /** The publisher's network is cut. */
  publisherDown: boolean;
  /** The video stream being pulled (a view is open), if any. */
  video?: StreamVideo;
  audio?: PublishedAudio;
}

/** One 2-second report: onNetworkQuality's arguments and onStatistics' argument. */
export interface NetworkReport {
  local: TRTCQualityInfo;
  remotes: TRTCQualityInfo[];
  statistics: TRTCStatistics;
}

interface LinkSample {
  rtt: number;
  upLoss: number;
  downLoss: number;
}

/** Sum of kbps over `ms`, in bytes (1 kbps is one bit per millisecond). */
function bytesOver(kbps: number, ms: number): number {
  return Math.round((kbps * ms) / 8);
}

/** Plausible healthy figures: rtt 20-80 ms, loss 0-2 %; an outage: rtt near a second or more, most packets lost. */
function sampleLink(random: SeededRandom, down: boolean): LinkSample {
  return down
    ? { rtt: random.int(600, 1500), upLoss: random.tenths(40, 90), downLoss: random.tenths(40, 90) }
    : { rtt: random.int(20, 80), upLoss: random.tenths(0, 2), downLoss: random.tenths(0, 2) };
}

function healthyQuality(link: LinkSample): TRTCQuality {
  return link.rtt < 50 && Math.max(link.upLoss, link.downLoss) < 1 ? TRTCQuality.TRTCQuality_Excellent : TRTCQuality.TRTCQuality_Good;
}

/**
 * Produces a client's onNetworkQuality and onStatistics figures from what it sends and receives:
 * bitrates follow the encoder settings, byte counters accumulate, and an outage (its own or a
 * publisher's) shows as high rtt and loss, collapsed bitrates and Down/Vbad quality.
 */
export class NetworkMeter {
  private sentBytes = 0;
  private receivedBytes = 0;

  constructor(private readonly random: SeededRandom) {}

  /** Starts the byte counters over (a new session). */
  reset(): void {
    this.sentBytes = 0;
    this.receivedBytes = 0;
  }

  /** The report for the `intervalMs` just elapsed. */
  measure(uplink: Uplink, downlinks: Downlink[], intervalMs: number): NetworkReport {
    const random = this.random;
    const link = sampleLink(random, uplink.down);
    const localStats = this.localStatistics(uplink);
    const remoteStats = downlinks.map((downlink) => this.remoteStatistics(downlink, uplink.down, link));
    const sentKbps = localStats.reduce((sum, s) => sum + s.videoBitrate + s.audioBitrate, 0);
    const receivedKbps = remoteStats.reduce((sum, s) => sum + s.videoBitrate + s.audioBitrate, 0);
    const signalingBytes = uplink.down ? 0 : random.int(300, 900);
    this.sentBytes += bytesOver(sentKbps, intervalMs) + signalingBytes;
    this.receivedBytes += bytesOver(receivedKbps, intervalMs) + signalingBytes;
    const decoded = remoteStats.filter((s) => s.videoBitrate > 0).length;
    const appCpu = Math.min(100, Math.round(3 + 5 * localStats.filter((s) => s.width > 0).length + 2 * decoded + random.between(0, 3)));

    const statistics = new TRTCStatistics();
    Object.assign(statistics, {
      upLoss: link.upLoss,
      downLoss: link.downLoss,
      appCpu,
      systemCpu: Math.min(100, appCpu + random.int(12, 30)),
      rtt: link.rtt,
      receivedBytes: this.receivedBytes,
      sentBytes: this.sentBytes,
      localStatisticsArray: localStats,
      localStatisticsArraySize: localStats.length,
      remoteStatisticsArray: remoteStats,
      remoteStatisticsArraySize: remoteStats.length,
      gatewayRtt: random.int(1, 5),
      appMemoryUsageInMB: random.int(180, 240) + 20 * (localStats.length + decoded),
      systemMemoryUsageInMB: random.int(7000, 9000),
      systemMemoryInMB: 16384,
    });
    return {
      local: new TRTCQualityInfo('', uplink.down ? TRTCQuality.TRTCQuality_Down : healthyQuality(link)),
      remotes: downlinks.map((downlink) => new TRTCQualityInfo(downlink.userId, this.remoteQuality(downlink, uplink.down))),
      statistics,
    };
  }

  private localStatistics(uplink: Uplink): TRTCLocalStatistics[] {
    const { random } = this;
    // An outage leaves a trickle of what the encoder produces; otherwise the encoder runs at 85-100 % of its target.
    const share = () => (uplink.down ? random.between(0, 0.05) : random.between(0.85, 1));
    const audio = uplink.audio;
    const stats = uplink.videos.map((video, index) => {
      const withAudio = index === 0 && audio;
      return new TRTCLocalStatistics(
        video.width,
        video.height,
        uplink.down ? random.int(0, 2) : video.fps,
        Math.round(video.bitrate * share()),
        withAudio ? audio.sampleRate : 0,
        withAudio ? Math.round(audio.bitrate * share()) : 0,
        video.streamType,
      );
    });
    if (stats.length === 0 && audio) {
      stats.push(new TRTCLocalStatistics(0, 0, 0, 0, audio.sampleRate, Math.round(audio.bitrate * share()), TRTCVideoStreamType.TRTCVideoStreamTypeBig));
    }
    return stats;
  }

  private remoteStatistics(downlink: Downlink, selfDown: boolean, link: LinkSample): TRTCRemoteStatistics {
    const { random } = this;
    const broken = selfDown || downlink.publisherDown;
    const loss = () => (broken ? random.tenths(40, 90) : random.tenths(0, 2));
    const share = () => (broken ? random.between(0, 0.05) : random.between(0.85, 1));
    const { video, audio } = downlink;
    const stats = new TRTCRemoteStatistics(downlink.userId);
    const uplinkRtt = downlink.publisherDown ? random.int(600, 1500) : random.int(20, 80);
    Object.assign(stats, {
      width: video?.width ?? 0,
      height: video?.height ?? 0,
      frameRate: video ? (broken ? random.int(0, 2) : video.fps) : 0,
      videoBitrate: video ? Math.round(video.bitrate * share()) : 0,
      audioSampleRate: audio?.sampleRate ?? 0,
      audioBitrate: audio ? Math.round(audio.bitrate * share()) : 0,
      jitterBufferDelay: broken ? random.int(300, 800) : random.int(40, 120),
      point2PointDelay: Math.round((link.rtt + uplinkRtt) / 2) + random.int(80, 160),
      audioTotalBlockTime: 0,
      audioBlockRate: broken ? random.int(30, 90) : 0,
      videoTotalBlockTime: 0,
      videoBlockRate: broken ? random.int(30, 90) : 0,
      streamType: video?.streamType ?? TRTCVideoStreamType.TRTCVideoStreamTypeBig,
      audioPacketLoss: audio ? loss() : 0,
      videoPacketLoss: video ? loss() : 0,
      remoteNetworkUplinkLoss: downlink.publisherDown ? random.tenths(40, 90) : random.tenths(0, 2),
      remoteNetworkRTT: uplinkRtt,
    });
    stats.finalLoss = Math.max(stats.audioPacketLoss, stats.videoPacketLoss);
    return stats;
  }

  private remoteQuality(downlink: Downlink, selfDown: boolean): TRTCQuality {
    if (selfDown) return TRTCQuality.TRTCQuality_Down;
    if (downlink.publisherDown) return TRTCQuality.TRTCQuality_Vbad;
    return healthyQuality(sampleLink(this.random, false));
  }
}
