import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the docked panels, the status strip and the layout menu. */
export const LAYOUT_TRANSLATIONS = defineTranslations(
  'layout',
  {
    move: 'Move {{panel}}',
    moveHint: 'Drag, or press Alt with the arrow keys to move the panel up, down or to another column.',
    moved: '{{panel}}: column {{column}}, position {{position}}',
    collapse: 'Fold {{panel}}',
    expand: 'Unfold {{panel}}',
    foldedOnAir: 'folded while on air',
    preset: 'Layout',
    presets: { custom: 'Custom', show: 'Show', setup: 'Setup', producer: 'Producer' },
    strip: 'Show status',
    onAir: 'ON AIR',
    offAir: 'Off air',
    pk: 'PK with {{user}}',
    network: 'Network: {{quality}}',
    connection: { ok: 'Connected', lost: 'Connection lost', reconnecting: 'Reconnecting…' },
  },
  {
    move: '移动{{panel}}',
    moveHint: '拖动，或按住 Alt 键并使用方向键，将面板上移、下移或移到其他列。',
    moved: '{{panel}}：第 {{column}} 列，第 {{position}} 个',
    collapse: '折叠{{panel}}',
    expand: '展开{{panel}}',
    foldedOnAir: '直播中已折叠',
    preset: '布局',
    presets: { custom: '自定义', show: '直播', setup: '准备', producer: '导播' },
    strip: '直播状态',
    onAir: '直播中',
    offAir: '未开播',
    pk: '与 {{user}} PK',
    network: '网络：{{quality}}',
    connection: { ok: '已连接', lost: '连接已断开', reconnecting: '正在重连…' },
  },
);
