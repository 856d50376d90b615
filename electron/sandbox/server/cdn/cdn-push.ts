import type { Clock } from '../../../time/clock';
import { CDN_GIVE_UP_MS, CDN_RETRY_INTERVAL_MS } from '../../common/sandbox-timing';
import { TimerSet } from '../../common/timer-set';
import { CDN_TIMED_OUT } from './publish-codes';

/** The status of a push to one CDN URL, as onCdnStreamStateChanged reports it (trtc.d.ts lists 0-5). */
export enum CdnPushStatus {
  /** Not started, or ended: "推流未开始或者已结束". */
  Idle = 0,
  /** "正在连接 TRTC 服务器和 CDN 服务器". */
  Connecting = 1,
  /** "CDN 推流正在进行". */
  Pushing = 2,
  /** Interrupted, recovering: "推流中断，正在恢复". */
  Recovering = 3,
  /** Could not connect or recover within 60 s. */
  Failed = 4,
  /** "正在断开 TRTC 服务器和 CDN 服务器" (then Idle). */
  Stopping = 5,
}

/** What a push needs from its task and the service. */
export interface CdnPushEnv {
  clock: Clock;
  /** Whether the CDN host of this URL can be reached now (sandbox faults). */
  reachable(): boolean;
  /** A drawn time for a connection attempt to succeed, and for a stop to finish. */
  latency(kind: 'cdnConnect' | 'cdnDisconnect'): number;
  /** Reports a status change (onCdnStreamStateChanged(url, status, code, msg) to the task's owner). */
  report(status: CdnPushStatus, code: number, message: string): void;
}

/**
 * One CDN URL of a publishing task, on the sandbox clock: connecting, then pushing; while the CDN cannot be
 * reached it keeps connecting (or recovering, once it had pushed), says so every 5 s, and fails after 60 s.
 */
export class CdnPush {
  private current = CdnPushStatus.Idle;
  private readonly timers: TimerSet;

  constructor(private readonly env: CdnPushEnv) {
    this.timers = new TimerSet(env.clock);
  }

  /** The current status. */
  get status(): CdnPushStatus {
    return this.current;
  }

  /** Starts pushing: Connecting, then Pushing once the CDN answers. */
  start(): void {
    this.connect(CdnPushStatus.Connecting);
  }

  /** The CDN became unreachable: a push in progress starts recovering; a connecting one keeps trying. */
  lost(): void {
    if (this.current === CdnPushStatus.Pushing) this.connect(CdnPushStatus.Recovering);
  }

  /** The CDN can be reached again: a push still trying gets through after one connection time, without waiting for the next 5 s retry. */
  restored(): void {
    if (this.current === CdnPushStatus.Connecting || this.current === CdnPushStatus.Recovering) this.attemptAfter(this.env.latency('cdnConnect'));
  }

  /** An update of the task: a failed push tries again ("你可以再次调用 updatePublishMediaStream 尝试推流"); others carry on untouched. */
  retryIfFailed(): void {
    if (this.current === CdnPushStatus.Failed) this.connect(CdnPushStatus.Connecting);
  }

  /** Stops: Stopping, then Idle ("依次同步状态 5 和状态 0"). */
  stop(): void {
    this.timers.cancelAll();
    if (this.current === CdnPushStatus.Idle || this.current === CdnPushStatus.Stopping) return;
    this.set(CdnPushStatus.Stopping, 0, '');
    this.timers.after(this.env.latency('cdnDisconnect'), () => this.set(CdnPushStatus.Idle, 0, ''));
  }

  /** Stops at once without reporting: nobody is left to hear (the room is gone). */
  drop(): void {
    this.timers.cancelAll();
    this.current = CdnPushStatus.Idle;
  }

  /**
   * Connects (or recovers): one attempt after a connection time, and every 5 s the status is said again, as
   * the service does while it retries; at 60 s without success the push fails. Success ends the retries.
   */
  private connect(status: CdnPushStatus.Connecting | CdnPushStatus.Recovering): void {
    this.timers.cancelAll();
    const giveUpAt = this.env.clock.now() + CDN_GIVE_UP_MS;
    this.set(status, 0, '');
    this.attemptAfter(this.env.latency('cdnConnect'));
    this.timers.every(CDN_RETRY_INTERVAL_MS, () => {
      if (this.env.reachable()) this.pushing();
      else if (this.env.clock.now() >= giveUpAt) {
        this.timers.cancelAll();
        this.set(CdnPushStatus.Failed, CDN_TIMED_OUT, `the CDN could not be reached within ${CDN_GIVE_UP_MS / 1000} s`);
      } else this.set(status, 0, 'the CDN cannot be reached; retrying');
    });
  }

  private attemptAfter(ms: number): void {
    this.timers.after(ms, () => {
      if (this.env.reachable()) this.pushing();
    });
  }

  private pushing(): void {
    this.timers.cancelAll();
    this.set(CdnPushStatus.Pushing, 0, '');
  }

  private set(status: CdnPushStatus, code: number, message: string): void {
    this.current = status;
    this.env.report(status, code, message);
  }
}
