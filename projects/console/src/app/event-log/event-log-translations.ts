import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the event log: engine errors and warnings in words, the console's own notes, and the level filter. */
export const EVENT_LOG_TRANSLATIONS = defineTranslations(
  'eventLog',
  {
    heading: 'Errors and warnings',
    filter: 'Show',
    show: { all: 'All', errors: 'Errors', warnings: 'Warnings' },
    list: 'Engine errors and warnings, newest first',
    level: { error: 'Error', warning: 'Warning' },
    code: 'Code {{code}}',
    empty: { all: 'No errors or warnings so far.', errors: 'No errors so far.', warnings: 'No warnings so far.' },
    announce: 'Error: {{text}}',
    note: {
      engineLost: 'Engine lost: {{reason}}',
      engineRestarted: 'Engine restarted',
      pkFailed: 'PK request failed: {{text}}',
      musicFailed: 'Background music failed (code {{code}}): see the music panel',
      restoreFailed: 'The restarted engine did not take back a setting; check it in its panel',
      deviceUnplugged: '{{device}} was unplugged',
    },
  },
  {
    heading: '错误与警告',
    filter: '显示',
    show: { all: '全部', errors: '错误', warnings: '警告' },
    list: '引擎错误与警告，最新的在前',
    level: { error: '错误', warning: '警告' },
    code: '代码 {{code}}',
    empty: { all: '暂无错误或警告。', errors: '暂无错误。', warnings: '暂无警告。' },
    announce: '错误：{{text}}',
    note: {
      engineLost: '引擎异常退出：{{reason}}',
      engineRestarted: '引擎已重启',
      pkFailed: '跨房 PK 请求失败：{{text}}',
      musicFailed: '背景音乐播放失败（错误码 {{code}}）：请查看背景音乐面板',
      restoreFailed: '重启后的引擎未能恢复一项设置，请在对应面板中检查',
      deviceUnplugged: '{{device}} 已拔出',
    },
  },
);
