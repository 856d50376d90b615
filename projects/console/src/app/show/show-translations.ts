import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the single show actions: going on air step by step, off air, and why a step stopped. */
export const SHOW_TRANSLATIONS = defineTranslations(
  'show',
  {
    goOnAir: 'Go on air',
    joinAudience: 'Join as audience',
    watch: 'Watch',
    offAir: 'Go off air',
    leave: 'Leave',
    progress: 'Going on air',
    step: { preflight: 'Pre-flight checks', camera: 'Camera', mic: 'Microphone', enter: 'Enter the room' },
    state: { waiting: 'waiting', running: 'in progress…', done: 'done', skipped: 'already on', failed: 'failed', undone: 'turned off again' },
    failed: 'Stopped at “{{step}}”:',
    preflightUnfinished: 'the checks did not finish in 20 seconds; run them from the session panel to see which one hangs.',
  },
  {
    goOnAir: '开播',
    joinAudience: '以观众身份进入',
    watch: '观看',
    offAir: '下播',
    leave: '离开',
    progress: '开播进度',
    step: { preflight: '开播前检查', camera: '摄像头', mic: '麦克风', enter: '进入房间' },
    state: { waiting: '等待中', running: '进行中…', done: '完成', skipped: '已开启', failed: '失败', undone: '已重新关闭' },
    failed: '停在“{{step}}”：',
    preflightUnfinished: '检查未在 20 秒内完成；请在会话面板中运行检查，查看是哪一项卡住。',
  },
);
