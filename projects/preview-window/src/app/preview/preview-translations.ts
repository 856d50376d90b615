import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the local preview window: the overlays a host reads from across the room. */
export const PREVIEW_TRANSLATIONS = defineTranslations(
  'preview',
  {
    title: 'Local preview',
    region: 'Local preview',
    overlays: 'Live status',
    onAir: 'ON AIR',
    offAir: 'OFF AIR',
    camera: { on: 'Camera on', off: 'Camera off', muted: 'Video paused' },
    waiting: 'Waiting for the camera…',
    resolution: 'Resolution',
    fpsSent: '{{fps}} fps sent',
    fpsShown: '{{fps}} fps shown',
    mic: { level: 'Microphone level', live: 'Mic live', muted: 'Mic muted', off: 'Mic off' },
    network: 'Upstream',
    connection: { lost: 'Connection lost', reconnecting: 'Reconnecting…' },
    pk: {
      connecting: 'PK: calling {{user}}…',
      connected: 'PK vs {{user}}',
      disconnecting: 'Ending PK with {{user}}…',
      elapsed: 'PK time',
    },
    fullscreen: {
      enter: 'Full screen (F)',
      exit: 'Exit full screen (F)',
      unavailable: 'Full screen is not available in this window.',
    },
  },
  {
    title: '本地预览',
    region: '本地预览',
    overlays: '直播状态',
    onAir: '直播中',
    offAir: '未开播',
    camera: { on: '摄像头已开', off: '摄像头已关', muted: '画面已暂停' },
    waiting: '正在等待摄像头画面…',
    resolution: '分辨率',
    fpsSent: '发送 {{fps}} 帧/秒',
    fpsShown: '显示 {{fps}} 帧/秒',
    mic: { level: '麦克风音量', live: '麦克风已开', muted: '麦克风已静音', off: '麦克风已关' },
    network: '上行网络',
    connection: { lost: '网络连接已断开', reconnecting: '正在重连…' },
    pk: {
      connecting: 'PK：正在呼叫 {{user}}…',
      connected: 'PK 对战 {{user}}',
      disconnecting: '正在结束与 {{user}} 的 PK…',
      elapsed: 'PK 时长',
    },
    fullscreen: {
      enter: '全屏（F）',
      exit: '退出全屏（F）',
      unavailable: '此窗口无法切换到全屏。',
    },
  },
);
