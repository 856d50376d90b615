import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the beauty filter panel (setBeautyStyle). */
export const BEAUTY_TRANSLATIONS = defineTranslations(
  'beauty',
  {
    heading: 'Beauty filter',
    form: 'Beauty settings',
    style: 'Style',
    smooth: 'Smooth',
    smoothHint: 'Strong skin smoothing, as on show stages.',
    natural: 'Natural',
    naturalHint: 'Keeps more facial detail.',
    level: { beauty: 'Smoothing', white: 'Whitening', ruddiness: 'Rosy cheeks' },
    value: '{{level}} of 9',
    off: 'Off',
    reset: 'Reset',
    resetHint: 'Sets every level back to 0 (off).',
    refused: 'Not applied: {{reason}}',
  },
  {
    heading: '美颜',
    form: '美颜设置',
    style: '风格',
    smooth: '光滑',
    smoothHint: '磨皮效果明显，适合秀场直播。',
    natural: '自然',
    naturalHint: '保留更多面部细节。',
    level: { beauty: '磨皮', white: '美白', ruddiness: '红润' },
    value: '{{level}}/9',
    off: '关闭',
    reset: '重置',
    resetHint: '将所有级别恢复为 0（关闭）。',
    refused: '未生效：{{reason}}',
  },
);
