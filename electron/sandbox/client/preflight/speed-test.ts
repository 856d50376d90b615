import { TRTCQuality, TRTCSpeedTestResult, type TRTCSpeedTestParams } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock, TimerHandle } from '../../../time/clock';
import type { SeededRandom } from '../../common/seeded-random';

/** trtc_define TRTCSpeedTestResult: "测速结果会每2 - 3秒钟返回一次，每次返回一个 IP 地址的测试结果". */
export const SPEED_TEST_RESULT_MS = 2500;
/** The sandbox's access servers, one result each. */
export const SPEED_TEST_SERVERS = ['10.64.0.11', '10.64.1.27'] as const;
/** trtc.d.ts startSpeedTest: expected bandwidths are 10-5000 kbps, 0 for no test of that direction. */
const MIN_EXPECTED_KBPS = 10;
const MAX_EXPECTED_KBPS = 5000;
/**
 * trtc.d.ts startSpeedTest returns "< 0：失败" and names no code; the sandbox answers -1 for every refusal
 * (in a room, a test already running, parameters it cannot use).
 */
export const SPEED_TEST_REFUSED = -1;

/** The link the speed test measures: healthy, or weak (a sandbox fault, `sandbox.weakNetwork`). */
export interface LinkModel {
  weak: boolean;
}

const validExpected = (kbps: unknown) => kbps === undefined || kbps === 0 || (typeof kbps === 'number' && kbps >= MIN_EXPECTED_KBPS && kbps <= MAX_EXPECTED_KBPS);

/** Whether the SDK would start a test with these parameters (a sdkAppId, a userId, expected bandwidths in range). */
export function usableSpeedTestParams(params: TRTCSpeedTestParams | number, userId?: string): boolean {
  if (typeof params === 'number') return Number.isInteger(params) && params > 0 && !!userId;
  if (!params || typeof params !== 'object') return false;
  return Number.isInteger(params.sdkAppId) && params.sdkAppId > 0 && typeof params.userId === 'string' && params.userId.length > 0 && validExpected(params.expectedUpBandwidth) && validExpected(params.expectedDownBandwidth);
}

/**
 * One server's figures from the sandbox's network model: a healthy link has 4-8 Mbps up, 10-20 Mbps down,
 * 20-80 ms rtt and under 2 % loss; a weak one 0.3-0.7 Mbps up (below what even the default 640x360 encoder needs), 1.5-3 Mbps down, 250-450 ms rtt and 6-15 % loss.
 */
export function measureLink(random: SeededRandom, link: LinkModel, ip: string): TRTCSpeedTestResult {
  const weak = link.weak;
  const upLoss = weak ? random.between(0.06, 0.15) : random.between(0, 0.02);
  const downLoss = weak ? random.between(0.06, 0.15) : random.between(0, 0.02);
  const rtt = weak ? random.int(250, 450) : random.int(20, 80);
  const quality = weak ? (rtt > 350 ? TRTCQuality.TRTCQuality_Bad : TRTCQuality.TRTCQuality_Poor) : rtt < 50 ? TRTCQuality.TRTCQuality_Excellent : TRTCQuality.TRTCQuality_Good;
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return new TRTCSpeedTestResult(
    true,
    '',
    ip,
    quality,
    round3(upLoss),
    round3(downLoss),
    rtt,
    weak ? random.int(300, 700) : random.int(4000, 8000),
    weak ? random.int(1500, 3000) : random.int(10000, 20000),
    weak ? random.int(30, 80) : random.int(1, 8),
    weak ? random.int(30, 80) : random.int(1, 8),
  );
}

/** A client's speed test: one result per access server, SPEED_TEST_RESULT_MS apart; one test at a time. */
export class SpeedTest {
  private timer: TimerHandle | undefined;
  private next = 0;

  constructor(
    private readonly clock: Clock,
    private readonly random: SeededRandom,
    private readonly link: () => LinkModel,
    private readonly report: (result: TRTCSpeedTestResult) => void,
  ) {}

  /** A test is measuring. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Starts measuring; the caller has checked the SDK's rules. */
  start(): void {
    this.next = 0;
    this.timer = this.clock.setInterval(() => this.measureNext(), SPEED_TEST_RESULT_MS);
  }

  /** stopSpeedTest: no more results. */
  stop(): void {
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }

  private measureNext(): void {
    this.report(measureLink(this.random, this.link(), SPEED_TEST_SERVERS[this.next++]));
    if (this.next >= SPEED_TEST_SERVERS.length) this.stop();
  }
}
