import { VirtualClock } from '../../../time/clock';
import { CDN_TIMED_OUT } from './publish-codes';
import { CdnPush, CdnPushStatus } from './cdn-push';

const CONNECT_MS = 500;
const DISCONNECT_MS = 100;

function push(reachable = true) {
  const clock = new VirtualClock();
  const start = clock.now();
  const reports: [at: number, status: CdnPushStatus, code: number][] = [];
  const fault = { reachable };
  const cdn = new CdnPush({
    clock,
    reachable: () => fault.reachable,
    latency: (kind) => (kind === 'cdnConnect' ? CONNECT_MS : DISCONNECT_MS),
    report: (status, code) => reports.push([clock.now() - start, status, code]),
  });
  return { clock, cdn, reports, fault };
}

describe('CdnPush', () => {
  it('connects, then pushes once the CDN answers', () => {
    const { clock, cdn, reports } = push();
    cdn.start();
    clock.advance(60_000);
    expect(reports).toEqual([
      [0, CdnPushStatus.Connecting, 0],
      [CONNECT_MS, CdnPushStatus.Pushing, 0],
    ]);
  });

  it('keeps connecting every 5 s while the CDN is unreachable and fails at 60 s with ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT', () => {
    const { clock, cdn, reports } = push(false);
    cdn.start();
    clock.advance(120_000);
    const connecting = reports.filter(([, status]) => status === CdnPushStatus.Connecting).map(([at]) => at);
    expect(connecting).toEqual([0, 5000, 10000, 15000, 20000, 25000, 30000, 35000, 40000, 45000, 50000, 55000]);
    expect(reports.at(-1)).toEqual([60_000, CdnPushStatus.Failed, CDN_TIMED_OUT]);
    expect(cdn.status).toBe(CdnPushStatus.Failed);
  });

  it('recovers a push that was interrupted, and goes back to pushing when the CDN is back', () => {
    const { clock, cdn, reports, fault } = push();
    cdn.start();
    clock.advance(1000);
    fault.reachable = false;
    cdn.lost();
    clock.advance(12_000);
    fault.reachable = true;
    cdn.restored();
    clock.advance(CONNECT_MS);
    expect(reports.map(([, status]) => status)).toEqual([
      CdnPushStatus.Connecting,
      CdnPushStatus.Pushing,
      CdnPushStatus.Recovering,
      CdnPushStatus.Recovering,
      CdnPushStatus.Recovering,
      CdnPushStatus.Pushing,
    ]);
    clock.advance(120_000);
    expect(cdn.status).toBe(CdnPushStatus.Pushing);
  });

  it('tries again when a failed push is updated, and leaves a healthy one alone', () => {
    const { clock, cdn, reports, fault } = push(false);
    cdn.start();
    clock.advance(60_000);
    fault.reachable = true;
    reports.length = 0;
    cdn.retryIfFailed();
    clock.advance(CONNECT_MS);
    cdn.retryIfFailed();
    clock.advance(10_000);
    expect(reports.map(([, status]) => status)).toEqual([CdnPushStatus.Connecting, CdnPushStatus.Pushing]);
  });

  it('stops with Stopping then Idle, from any status, and stops retrying', () => {
    const { clock, cdn, reports } = push(false);
    cdn.start();
    clock.advance(7000);
    reports.length = 0;
    cdn.stop();
    clock.advance(120_000);
    expect(reports).toEqual([
      [7000, CdnPushStatus.Stopping, 0],
      [7000 + DISCONNECT_MS, CdnPushStatus.Idle, 0],
    ]);
  });
});
