import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the camera and microphone panel: capture, devices, local view and mic level. */
export const MEDIA_TRANSLATIONS = defineTranslations(
  'media',
  {
    camera: { group: 'Camera', start: 'Start camera', stop: 'Stop camera', mute: 'Mute video', unmute: 'Unmute video' },
    mic: { group: 'Microphone', start: 'Start mic', stop: 'Stop mic', mute: 'Mute mic', unmute: 'Unmute mic' },
    devices: {
      group: 'Devices',
      choose: 'Choose…',
      camera: { label: 'Camera', empty: 'No camera found' },
      mic: { label: 'Microphone', empty: 'No microphone found' },
      speaker: { label: 'Speaker', empty: 'No speaker found' },
    },
    view: {
      group: 'Local view',
      fill: 'Fill',
      fillHint: 'Fills the view, cropping the edges.',
      fit: 'Fit',
      fitHint: 'Shows the whole picture, with bars if needed.',
      mirror: 'Mirror',
    },
    level: {
      label: 'Microphone level',
      value: '{{level}} of 100',
      off: 'Microphone off',
      reportsOff: 'Level reports are off.',
    },
    unplugged: {
      switchTo: '{{device}} unplugged: switch to {{next}}',
      switch: 'Switch to {{next}}',
      switched: '{{device}} unplugged: the SDK switched to {{next}}',
      dismiss: 'OK',
      none: {
        camera: '{{device}} unplugged: no other camera is connected; plug one in',
        mic: '{{device}} unplugged: no other microphone is connected; plug one in',
        speaker: '{{device}} unplugged: no other speaker is connected; plug one in',
      },
    },
    refused: 'Not applied: {{reason}}',
  },
  {
    camera: { group: '摄像头', start: '打开摄像头', stop: '关闭摄像头', mute: '暂停视频', unmute: '恢复视频' },
    mic: { group: '麦克风', start: '打开麦克风', stop: '关闭麦克风', mute: '静音', unmute: '取消静音' },
    devices: {
      group: '设备',
      choose: '请选择…',
      camera: { label: '摄像头', empty: '未找到摄像头' },
      mic: { label: '麦克风', empty: '未找到麦克风' },
      speaker: { label: '扬声器', empty: '未找到扬声器' },
    },
    view: {
      group: '本地画面',
      fill: '填充',
      fillHint: '铺满画面，边缘可能被裁剪。',
      fit: '适应',
      fitHint: '显示完整画面，必要时留黑边。',
      mirror: '镜像',
    },
    level: {
      label: '麦克风音量',
      value: '{{level}}/100',
      off: '麦克风已关闭',
      reportsOff: '音量提示已关闭。',
    },
    unplugged: {
      switchTo: '{{device}} 已拔出：请切换到 {{next}}',
      switch: '切换到 {{next}}',
      switched: '{{device}} 已拔出：SDK 已自动切换到 {{next}}',
      dismiss: '知道了',
      none: {
        camera: '{{device}} 已拔出：没有其他摄像头，请接入一个',
        mic: '{{device}} 已拔出：没有其他麦克风，请接入一个',
        speaker: '{{device}} 已拔出：没有其他扬声器，请接入一个',
      },
    },
    refused: '未生效：{{reason}}',
  },
);
