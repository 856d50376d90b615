import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the window controls and the docked preview. */
export const WINDOWS_TRANSLATIONS = defineTranslations(
  'windows',
  {
    openPreview: 'Open preview window',
    openWall: 'Open wall window',
    dock: 'Dock preview here',
    popOut: 'Pop out preview',
    preview: 'Local preview',
    waiting: 'Waiting for the camera…',
    cameraOff: 'Camera off',
  },
  {
    openPreview: '打开预览窗口',
    openWall: '打开画面墙窗口',
    dock: '将预览停靠到此处',
    popOut: '弹出预览窗口',
    preview: '本地预览',
    waiting: '正在等待摄像头…',
    cameraOff: '摄像头已关闭',
  },
);
