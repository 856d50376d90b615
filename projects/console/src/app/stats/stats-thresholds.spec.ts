import { limitPassed, severityOf } from './stats-thresholds';

describe('severityOf', () => {
  it.each([
    ['rtt', 200, 'ok'],
    ['rtt', 201, 'warning'],
    ['rtt', 400, 'warning'],
    ['rtt', 401, 'critical'],
    ['upLoss', 5, 'ok'],
    ['upLoss', 5.1, 'warning'],
    ['downLoss', 10.1, 'critical'],
    ['appCpu', 80, 'ok'],
    ['appCpu', 81, 'warning'],
    ['systemCpu', 95, 'critical'],
  ] as const)('%s at %d is %s', (metric, value, expected) => {
    expect(severityOf(metric, value)).toBe(expected);
  });

  it('never flags bitrate or frame rate, which depend on the encoder settings and role', () => {
    expect(severityOf('sendKbps', 0)).toBe('ok');
    expect(severityOf('receiveKbps', 100_000)).toBe('ok');
    expect(severityOf('fps', 0)).toBe('ok');
  });
});

describe('limitPassed', () => {
  it('names the warning limit for a warning, the critical one for a critical value, none within limits', () => {
    expect(limitPassed('rtt', 150)).toBeNull();
    expect(limitPassed('rtt', 250)).toBe(200);
    expect(limitPassed('rtt', 450)).toBe(400);
    expect(limitPassed('upLoss', 12)).toBe(10);
    expect(limitPassed('fps', 1)).toBeNull();
  });
});
