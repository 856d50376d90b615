import type { TRTCQualityInfo, TRTCStatistics, TRTCVolumeInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEvent } from '../../electron/engine/contract';
import { SeededRandom } from '../../electron/sandbox/common/seeded-random';

/** The storms the fan-out benchmark runs: one kind of callback each, and a mix of all. */
export const MIXES = ['voice', 'quality', 'statistics', 'joins-leaves', 'availability', 'mixed'] as const;
export type Mix = (typeof MIXES)[number];
type Kind = Exclude<Mix, 'mixed'>;

/** Share of the users whose level (or quality) changes in one report: about what a lively room does. */
export const CHANGE_FRACTION = 0.2;

/** The mixed storm's shares, roughly a busy show's: mostly voice levels. */
const MIXED_WEIGHTS: readonly [Kind, number][] = [
  ['voice', 0.4],
  ['quality', 0.15],
  ['statistics', 0.15],
  ['joins-leaves', 0.15],
  ['availability', 0.15],
];

/** The voice meter's step (the broker sends levels in steps of 5): a change smaller than that changes no state. */
const LEVEL_STEP = 5;

/** What the room model remembers of a remote user, mirroring what the broker's state will hold. */
interface UserModel {
  level: number;
  quality: number;
  video: boolean;
  audio: boolean;
}

/**
 * A model of the room the synthetic engine reports on: who is present, their levels, qualities and media. Every
 * callback it makes changes the room state the broker holds (a level moves by at least one meter step, a quality
 * to another value, a flag flips, a fresh user joins, a present one leaves, statistics add a sample), so each
 * callback becomes exactly one numbered action: event i of a storm is action `seq0 + i + 1`.
 */
export class StormRoom {
  private readonly present: string[] = [];
  private readonly users = new Map<string, UserModel>();
  private readonly random: () => number;
  private fresh = 0;
  private joinNext = true;
  private videoNext = true;
  private reportsSampled = 0;
  private reportBytes = 0;
  private calls = 0;

  constructor(seed: number) {
    // The same seed gives both fan-out modes the same storms.
    const random = new SeededRandom(seed);
    this.random = () => random.next();
  }

  /** The users present. */
  get size(): number {
    return this.present.length;
  }

  /** The callbacks that bring `count` anchors into the room with audio and video: enter, audio, video per user. */
  populate(count: number): TRTCEvent[] {
    const events: TRTCEvent[] = [];
    for (let i = 0; i < count; i++) {
      const userId = `anchor_${String(i).padStart(3, '0')}`;
      this.add(userId);
      const user = this.user(userId);
      user.audio = user.video = true;
      events.push(
        { name: 'onRemoteUserEnterRoom', args: [userId] },
        { name: 'onUserAudioAvailable', args: [userId, 1] },
        { name: 'onUserVideoAvailable', args: [userId, 1] },
      );
    }
    return events;
  }

  /** The next callback of a storm of `mix`. */
  next(mix: Mix): TRTCEvent {
    this.calls++;
    switch (mix === 'mixed' ? this.pickKind() : mix) {
      case 'voice':
        return this.voice();
      case 'quality':
        return this.quality();
      case 'statistics':
        return this.statistics();
      case 'joins-leaves':
        return this.joinOrLeave();
      case 'availability':
        return this.availability();
    }
  }

  /**
   * The average size of a whole voice or quality report, had it been sent as `[userId, value]` pairs for every
   * user (sampled every 16th report), since the last call; null when none was sampled.
   */
  takeWholeReportBytes(): number | null {
    const average = this.reportsSampled ? this.reportBytes / this.reportsSampled : null;
    this.reportsSampled = this.reportBytes = 0;
    return average;
  }

  private pickKind(): Kind {
    let r = this.random();
    for (const [kind, weight] of MIXED_WEIGHTS) {
      if (r < weight) return kind;
      r -= weight;
    }
    return 'voice';
  }

  private add(userId: string): void {
    this.present.push(userId);
    this.users.set(userId, { level: 0, quality: 0, video: false, audio: false });
  }

  /** The userIds of `count` distinct users present, at random. */
  private pick(count: number): string[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, this.present.length)) chosen.add(Math.floor(this.random() * this.present.length));
    return [...chosen].map((i) => this.present[i]);
  }

  private user(userId: string): UserModel {
    return this.users.get(userId)!;
  }

  private sampleReport(pairs: () => [string, number][]): void {
    if (this.calls % 16 !== 0) return;
    this.reportsSampled++;
    this.reportBytes += Buffer.byteLength(JSON.stringify(pairs()));
  }

  /** onUserVoiceVolume for every user present; a fifth of them speak up or quieten by one to six meter steps. */
  private voice(): TRTCEvent {
    for (const user of this.pick(Math.max(1, Math.round(this.present.length * CHANGE_FRACTION))).map((id) => this.user(id))) {
      const steps = 1 + Math.floor(this.random() * 6);
      const up = user.level === 0 || (user.level < 100 && this.random() < 0.5);
      user.level = Math.min(100, Math.max(0, user.level + (up ? steps : -steps) * LEVEL_STEP));
    }
    let total = 0;
    // Plain objects, as the SDK's native layer hands them over (no spectrum: it is off by default).
    const volumes = this.present.map((userId) => {
      const { level } = this.user(userId);
      total = Math.max(total, level);
      return { userId, volume: level, vad: level >= 10 ? 1 : 0, pitch: 0 } as unknown as TRTCVolumeInfo;
    });
    this.sampleReport(() => volumes.map((v) => [v.userId, v.volume]));
    return { name: 'onUserVoiceVolume', args: [volumes, volumes.length, total] };
  }

  /** onNetworkQuality with every user present; a fifth of them move to another quality (1 to 6). */
  private quality(): TRTCEvent {
    for (const user of this.pick(Math.max(1, Math.round(this.present.length * CHANGE_FRACTION))).map((id) => this.user(id))) {
      const other = 1 + Math.floor(this.random() * 5);
      user.quality = other >= user.quality ? other + 1 : other;
    }
    const remote = this.present.map((userId) => ({ userId, quality: this.user(userId).quality }) as TRTCQualityInfo);
    this.sampleReport(() => remote.map((q) => [q.userId, q.quality]));
    return { name: 'onNetworkQuality', args: [{ userId: '', quality: 1 } as TRTCQualityInfo, remote] };
  }

  /** onStatistics with the local stream and one entry per remote user, as the SDK reports them. */
  private statistics(): TRTCEvent {
    const r = () => this.random();
    const remote = this.present.map((userId) => ({
      userId,
      finalLoss: Math.floor(r() * 3),
      width: 640,
      height: 360,
      frameRate: 15,
      videoBitrate: 500 + Math.floor(r() * 100),
      audioSampleRate: 48000,
      audioBitrate: 40 + Math.floor(r() * 10),
      jitterBufferDelay: Math.floor(r() * 80),
      audioTotalBlockTime: 0,
      audioBlockRate: 0,
      videoTotalBlockTime: 0,
      videoBlockRate: 0,
      streamType: 0,
      audioPacketLoss: 0,
      videoPacketLoss: Math.floor(r() * 2),
      point2PointDelay: 80 + Math.floor(r() * 40),
      remoteNetworkUplinkLoss: 0,
      remoteNetworkRTT: 30 + Math.floor(r() * 20),
    }));
    const statistics = {
      upLoss: Math.floor(r() * 3),
      downLoss: Math.floor(r() * 3),
      appCpu: 20 + Math.floor(r() * 20),
      systemCpu: 40 + Math.floor(r() * 20),
      rtt: 30 + Math.floor(r() * 40),
      receivedBytes: Math.floor(r() * 1e9),
      sentBytes: Math.floor(r() * 1e9),
      localStatisticsArray: [{ width: 1280, height: 720, frameRate: 30, videoBitrate: 1800, audioSampleRate: 48000, audioBitrate: 64, streamType: 0 }],
      localStatisticsArraySize: 1,
      remoteStatisticsArray: remote,
      remoteStatisticsArraySize: remote.length,
      gatewayRtt: 10,
      appMemoryUsageInMB: 300,
      systemMemoryUsageInMB: 8000,
      systemMemoryInMB: 16000,
    } as unknown as TRTCStatistics;
    return { name: 'onStatistics', args: [statistics] };
  }

  /** A fresh userId enters, then the longest present user leaves: the room stays at its size. */
  private joinOrLeave(): TRTCEvent {
    this.joinNext = !this.joinNext;
    if (!this.joinNext || this.present.length === 0) {
      const userId = `fresh_${this.fresh++}`;
      this.add(userId);
      return { name: 'onRemoteUserEnterRoom', args: [userId] };
    }
    const userId = this.present.shift()!;
    this.users.delete(userId);
    return { name: 'onRemoteUserLeaveRoom', args: [userId, 0] };
  }

  /** A user's camera or microphone goes on or off (alternately camera and microphone). */
  private availability(): TRTCEvent {
    const [userId] = this.pick(1);
    const user = this.user(userId);
    this.videoNext = !this.videoNext;
    if (!this.videoNext) {
      user.video = !user.video;
      return { name: 'onUserVideoAvailable', args: [userId, user.video ? 1 : 0] };
    }
    user.audio = !user.audio;
    // A microphone that goes off takes the user's level to 0 in the room state.
    if (!user.audio) user.level = 0;
    return { name: 'onUserAudioAvailable', args: [userId, user.audio ? 1 : 0] };
  }
}
