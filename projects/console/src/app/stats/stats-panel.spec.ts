import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';
import type { AlignedData } from 'uplot';

import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions, type StatsSample } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { RESIZE_WATCH } from './resize-watch';
import { StatsPanel } from './stats-panel';
import { STATS_TRANSLATIONS } from './stats-translations';
import { TIME_PLOT_FACTORY } from './time-plot-factory';
import type { PlotConfig, PlotHandle } from './time-plot-models';

const T0 = 1_700_000_000_000;

/** What happened to one chart the fake factory made. */
interface FakePlot {
  config: PlotConfig;
  data: AlignedData[];
  destroyed: boolean;
}

function sample(at: number, over: Partial<StatsSample> = {}): StatsSample {
  return { at, rtt: 42, upLoss: 0.3, downLoss: 1.2, sendKbps: 1234, receiveKbps: 870, fps: 15, appCpu: 12, systemCpu: 35, ...over };
}

describe('StatsPanel', () => {
  let w: WindowTesting;
  let plots: FakePlot[];
  let fixture: ComponentFixture<StatsPanel>;

  const { one: q, text } = domQuery(() => fixture);
  const readout = (testId: string) => q(testId)!.closest<HTMLElement>('bc-stat-readout')!;
  /** A readout's name, then its reading, as separate lines. */
  const lines = (testId: string) => Array.from(readout(testId).children, (child) => text(child));
  /** The chart of a group, by the label that group gives it. */
  const plotOf = (groupId: string) => {
    const host = q(`stats-group-${groupId}`)!.querySelector('bc-time-plot')!;
    return plots.find((p) => p.config.element === host)!;
  };
  const lastData = (plot: FakePlot) => plot.data.at(-1) ?? plot.config.data;

  async function settle(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    plots = [];
    w = setUpWindowTesting(
      [STATS_TRANSLATIONS],
      [
        { provide: RESIZE_WATCH, useValue: () => () => undefined },
        {
          provide: TIME_PLOT_FACTORY,
          useValue: (config: PlotConfig): PlotHandle => {
            const plot: FakePlot = { config, data: [], destroyed: false };
            plots.push(plot);
            return { setData: (data) => plot.data.push(data), setSize: () => undefined, destroy: () => (plot.destroyed = true) };
          },
        },
      ],
    );
    fixture = await renderComponent(StatsPanel);
  });

  it('asks to enter a room while there are no statistics, and draws no chart', () => {
    expect(text(q('stats-empty'))).toBe('No statistics yet — enter a room');
    expect(q('stat-rtt')).toBeNull();
    expect(plots).toHaveLength(0);
  });

  it('shows every figure of the latest sample as a number with its unit', async () => {
    await settle(EngineActions.statisticsUpdated({ sample: sample(T0) }), EngineActions.statisticsUpdated({ sample: sample(T0 + 2000, { rtt: 57 }) }));
    expect(q('stats-empty')).toBeNull();
    const shown = Object.fromEntries(
      ['stat-rtt', 'stat-up-loss', 'stat-down-loss', 'stat-send-kbps', 'stat-receive-kbps', 'stat-fps', 'stat-app-cpu', 'stat-system-cpu'].map((id) => [
        id,
        text(q(id)),
      ]),
    );
    expect(shown).toEqual({
      'stat-rtt': '57',
      'stat-up-loss': '0.3',
      'stat-down-loss': '1.2',
      'stat-send-kbps': '1234',
      'stat-receive-kbps': '870',
      'stat-fps': '15',
      'stat-app-cpu': '12',
      'stat-system-cpu': '35',
    });
    expect(lines('stat-rtt')).toEqual(['RTT', '57 ms']);
    expect(lines('stat-up-loss')).toEqual(['Upstream loss', '0.3 %']);
    expect(lines('stat-send-kbps')).toEqual(['Send', '1234 kbps']);
    expect(lines('stat-fps')).toEqual(['Sent frame rate', '15 fps']);
    expect(text(q('stats-alerts'))).toBe('All figures within limits');
  });

  it('marks figures past a limit in colour and in words, and announces which', async () => {
    await settle(EngineActions.statisticsUpdated({ sample: sample(T0, { rtt: 250, upLoss: 12.4, appCpu: 85, systemCpu: 80 }) }));
    expect(readout('stat-rtt').dataset['severity']).toBe('warning');
    expect(text(q('stat-rtt-level'))).toBe('High: over 200 ms');
    expect(readout('stat-up-loss').dataset['severity']).toBe('critical');
    expect(text(q('stat-up-loss-level'))).toBe('Critical: over 10 %');
    expect(readout('stat-app-cpu').dataset['severity']).toBe('warning');
    expect(text(q('stat-app-cpu-level'))).toBe('High: over 80 %');
    // At the limit is still fine.
    expect(readout('stat-system-cpu').dataset['severity']).toBe('ok');
    expect(q('stat-system-cpu-level')).toBeNull();
    expect(q('stats-alerts')!.getAttribute('role')).toBe('status');
    expect(text(q('stats-alerts'))).toBe('RTT is high. Upstream loss is critical. App CPU is high.');

    await settle(EngineActions.statisticsUpdated({ sample: sample(T0 + 2000, { rtt: 450 }) }));
    expect(readout('stat-rtt').dataset['severity']).toBe('critical');
    expect(text(q('stat-rtt-level'))).toBe('Critical: over 400 ms');
    expect(readout('stat-up-loss').dataset['severity']).toBe('ok');
    expect(text(q('stats-alerts'))).toBe('RTT is critical.');
  });

  it('draws one chart per group in the theme colours, then hands each chart the new history after every sample', async () => {
    await settle(EngineActions.statisticsUpdated({ sample: sample(T0, { rtt: 40, appCpu: 10, systemCpu: 30 }) }));
    expect(plots).toHaveLength(5);
    expect(plotOf('rtt').config.colours).toEqual(['--accent']);
    expect(plotOf('loss').config.colours).toEqual(['--accent', '--ok']);
    expect(plotOf('cpu').config.max).toBe(100);
    expect(plotOf('rtt').config.data).toEqual([[T0 / 1000], [40]]);

    await settle(EngineActions.statisticsUpdated({ sample: sample(T0 + 2000, { rtt: 65, appCpu: 14, systemCpu: 41 }) }));
    expect(plots).toHaveLength(5);
    expect(lastData(plotOf('rtt'))).toEqual([
      [T0 / 1000, T0 / 1000 + 2],
      [40, 65],
    ]);
    expect(lastData(plotOf('cpu'))).toEqual([
      [T0 / 1000, T0 / 1000 + 2],
      [10, 14],
      [30, 41],
    ]);
    expect(lastData(plotOf('bitrate'))).toEqual([
      [T0 / 1000, T0 / 1000 + 2],
      [1234, 1234],
      [870, 870],
    ]);
    expect(q('stats-group-rtt')!.querySelector('bc-time-plot')!.getAttribute('aria-label')).toBe('Round-trip time over the last 3 minutes');
  });

  it('destroys its charts when a new room entry clears the statistics, and when it leaves the page', async () => {
    await settle(EngineActions.statisticsUpdated({ sample: sample(T0) }));
    const first = [...plots];
    await settle(
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
        at: T0 + 5000,
      }),
    );
    expect(text(q('stats-empty'))).toBe('No statistics yet — enter a room');
    expect(first.every((p) => p.destroyed)).toBe(true);

    await settle(EngineActions.statisticsUpdated({ sample: sample(T0 + 8000) }));
    const second = plots.slice(first.length);
    expect(second).toHaveLength(5);
    fixture.destroy();
    expect(second.every((p) => p.destroyed)).toBe(true);
  });

  it('speaks Simplified Chinese when chosen', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text(q('stats-empty'))).toBe('暂无统计数据——请先进入房间');

    await settle(EngineActions.statisticsUpdated({ sample: sample(T0, { rtt: 230, systemCpu: 93 }) }));
    expect(text(q('stats-group-rtt')!.querySelector('h3'))).toBe('往返时延');
    expect(text(q('stats-group-loss')!.querySelector('h3'))).toBe('丢包率');
    expect(lines('stat-rtt')).toEqual(['往返时延', '230 毫秒', '偏高：超过 200 毫秒']);
    expect(lines('stat-fps')).toEqual(['发送帧率', '15 帧/秒']);
    expect(text(q('stat-system-cpu-level'))).toBe('严重：超过 90 %');
    expect(text(q('stats-alerts'))).toBe('往返时延偏高。 系统 CPU严重超标。');
    expect(q('stats-group-cpu')!.querySelector('bc-time-plot')!.getAttribute('aria-label')).toBe('近 3 分钟的CPU 占用');
  });
});
