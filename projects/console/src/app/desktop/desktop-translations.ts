import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the desktop app's own controls: displays and window placement, and the launch notices. */
export const DESKTOP_TRANSLATIONS = defineTranslations(
  'desktop',
  {
    displays: {
      open: 'Displays',
      title: 'Displays and windows',
      display: 'Display',
      mode: 'Mode',
      notPlaced: '— not on a connected display —',
      option: '{{n}}. {{label}} — {{width}} × {{height}}',
      optionPrimary: '{{n}}. {{label}} (primary) — {{width}} × {{height}}',
      isOpen: 'open',
      isClosed: 'closed; choosing opens it',
      loading: 'Asking the app for the displays…',
      hint: 'Ctrl + Shift + a display’s number puts the wall there as a projector; Ctrl + Alt + the number does the same for the preview.',
      close: 'Close',
      dismiss: 'Dismiss',
    },
    window: { console: 'Console', preview: 'Preview', wall: 'Wall' },
    mode: { windowed: 'Window', fullscreen: 'Projector (full screen)', 'always-on-top': 'Always on top' },
    modeAs: { windowed: 'as a window', fullscreen: 'as a projector', 'always-on-top': 'always on top' },
    changes: {
      disconnected: 'Display “{{display}}” was disconnected.',
      connected: 'Display “{{display}}” was connected.',
      moved: '{{window}} window moved to display {{n}} ({{display}}), {{mode}}.',
    },
    refusals: {
      'no-such-display': 'That display is no longer connected; the list now shows the displays there are.',
      'not-open': 'That window is not open.',
      'invalid-request': 'The app refused the request: {{message}}',
      unanswered: 'The app did not answer: {{message}}',
    },
    notices: {
      heading: 'The desktop app reported at launch:',
      dismiss: 'Dismiss',
    },
  },
  {
    displays: {
      open: '显示器',
      title: '显示器与窗口',
      display: '显示器',
      mode: '模式',
      notPlaced: '— 不在已连接的显示器上 —',
      option: '{{n}}. {{label}} — {{width}} × {{height}}',
      optionPrimary: '{{n}}. {{label}}（主显示器）— {{width}} × {{height}}',
      isOpen: '已打开',
      isClosed: '未打开；选择显示器即可打开',
      loading: '正在获取显示器信息…',
      hint: '按 Ctrl + Shift + 显示器编号，将画面墙全屏投放到该显示器；按 Ctrl + Alt + 编号，则投放预览。',
      close: '关闭',
      dismiss: '知道了',
    },
    window: { console: '控制台', preview: '预览', wall: '画面墙' },
    mode: { windowed: '窗口', fullscreen: '投影（全屏）', 'always-on-top': '始终置顶' },
    modeAs: { windowed: '以窗口显示', fullscreen: '全屏投影', 'always-on-top': '始终置顶' },
    changes: {
      disconnected: '显示器“{{display}}”已断开连接。',
      connected: '显示器“{{display}}”已连接。',
      moved: '{{window}}窗口已移到显示器 {{n}}（{{display}}），{{mode}}。',
    },
    refusals: {
      'no-such-display': '该显示器已断开连接，列表已更新为当前连接的显示器。',
      'not-open': '该窗口未打开。',
      'invalid-request': '应用拒绝了该请求：{{message}}',
      unanswered: '应用没有响应：{{message}}',
    },
    notices: {
      heading: '桌面应用启动时报告：',
      dismiss: '知道了',
    },
  },
);
