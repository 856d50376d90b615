import type { Clock, TimerHandle } from '../../time/clock';
import { downlinksOf, uplinkOf, voiceVolumes, type ReportContext } from './media-reports';
import { NetworkMeter } from './network-meter';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { MIN_VOLUME_INTERVAL_MS, NETWORK_REPORT_INTERVAL_MS } from '../common/sandbox-timing';
import type { SeededRandom } from '../common/seeded-random';

/** What a client's reports read from it. */
export interface ReportSource {
  /** Its session, media and network as the reports see them. */
  context(): ReportContext;
  /** Its microphone's volume now, or undefined when the microphone does not send. */
  localVolume(now: number): number | undefined;
  /** Whether it encodes a small stream. */
  smallEnabled(): boolean;
}

/** A client's periodic reports: onUserVoiceVolume on demand, onNetworkQuality and onStatistics in a room. */
export class ClientReports {
  private readonly meter: NetworkMeter;
  private volumeTimer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    random: SeededRandom,
    private readonly source: ReportSource,
    private readonly post: SandboxClientPort['post'],
  ) {
    this.meter = new NetworkMeter(random);
  }

  /** enableAudioVolumeEvaluation: every `interval` ms (at least 100); 0 or less stops. */
  evaluateVolumes(interval: number): void {
    this.stopVolumes();
    if (interval > 0) this.volumeTimer = this.clock.setInterval(() => this.reportVolumes(), Math.max(MIN_VOLUME_INTERVAL_MS, interval));
  }

  /** True while onUserVoiceVolume is reported (device volume changes are reported only then, as trtc.d.ts says). */
  get evaluatingVolumes(): boolean {
    return this.volumeTimer !== undefined;
  }

  /** Stops the volume reports. */
  stopVolumes(): void {
    this.clock.clearInterval(this.volumeTimer);
    this.volumeTimer = undefined;
  }

  /** A session starts: byte counters from zero. */
  sessionStarted(): void {
    this.meter.reset();
  }

  /** One onNetworkQuality + onStatistics pair for the last interval (called every 2 s in a room). */
  reportNetwork(): void {
    const context = this.source.context();
    const { member } = context;
    if (!member) return;
    const report = this.meter.measure(uplinkOf(member, context.selfDown, this.source.smallEnabled()), downlinksOf(context), NETWORK_REPORT_INTERVAL_MS);
    this.post('onNetworkQuality', report.local, report.remotes);
    this.post('onStatistics', report.statistics);
  }

  private reportVolumes(): void {
    const now = this.clock.now();
    const volumes = voiceVolumes(this.source.context(), now, this.source.localVolume(now));
    const total = volumes.reduce((loudest, info) => Math.max(loudest, info.volume), 0);
    this.post('onUserVoiceVolume', volumes, volumes.length, total);
  }
}
