import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the live statistics panel. */
export const STATS_TRANSLATIONS = defineTranslations(
  'stats',
  {
    heading: 'Live statistics',
    empty: 'No statistics yet — enter a room',
    plot: '{{group}} over the last 3 minutes',
    group: { rtt: 'Round-trip time', loss: 'Packet loss', bitrate: 'Bitrate', fps: 'Frame rate', cpu: 'CPU load' },
    metric: {
      rtt: 'RTT',
      upLoss: 'Upstream loss',
      downLoss: 'Downstream loss',
      sendKbps: 'Send',
      receiveKbps: 'Receive',
      fps: 'Sent frame rate',
      appCpu: 'App CPU',
      systemCpu: 'System CPU',
    },
    unit: { ms: 'ms', percent: '%', kbps: 'kbps', fps: 'fps' },
    level: { warning: 'High: over {{limit}} {{unit}}', critical: 'Critical: over {{limit}} {{unit}}' },
    alert: { warning: '{{metric}} is high.', critical: '{{metric}} is critical.' },
    allWithinLimits: 'All figures within limits',
  },
  {
    heading: '实时统计',
    empty: '暂无统计数据——请先进入房间',
    plot: '近 3 分钟的{{group}}',
    group: { rtt: '往返时延', loss: '丢包率', bitrate: '码率', fps: '帧率', cpu: 'CPU 占用' },
    metric: {
      rtt: '往返时延',
      upLoss: '上行丢包率',
      downLoss: '下行丢包率',
      sendKbps: '发送',
      receiveKbps: '接收',
      fps: '发送帧率',
      appCpu: '本应用 CPU',
      systemCpu: '系统 CPU',
    },
    unit: { ms: '毫秒', percent: '%', kbps: 'kbps', fps: '帧/秒' },
    level: { warning: '偏高：超过 {{limit}} {{unit}}', critical: '严重：超过 {{limit}} {{unit}}' },
    alert: { warning: '{{metric}}偏高。', critical: '{{metric}}严重超标。' },
    allWithinLimits: '各项指标均在正常范围内',
  },
);
