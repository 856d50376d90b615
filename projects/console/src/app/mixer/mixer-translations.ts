import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the audio mixer: microphone, speaker and per-user channels. */
export const MIXER_TRANSLATIONS = defineTranslations(
  'mixer',
  {
    heading: 'Audio mixer',
    level: '{{level}} of 100',
    quality: { label: 'Mic quality', speech: 'Speech (16 kHz)', default: 'Standard (48 kHz)', music: 'Music (48 kHz, high bitrate)' },
    mic: {
      heading: 'Microphone (what others hear of you)',
      meter: 'Your level as others hear it',
      capture: 'Send volume',
      device: 'Mic device volume',
      deviceMute: 'Mute mic device',
      earMonitor: 'Ear monitor (hear yourself)',
    },
    speaker: {
      heading: 'Speaker (what you hear)',
      playout: 'Playback volume',
      device: 'Speaker device volume',
      deviceMute: 'Mute speaker device',
    },
    remote: {
      heading: 'Guests (as you hear them)',
      meter: 'Level of {{user}} as you hear it',
      volume: 'Volume here',
      muted: 'Muted here',
      empty: 'No one else is on air yet.',
    },
    refused: 'Not applied: {{reason}}',
  },
  {
    heading: '混音台',
    level: '{{level}} / 100',
    quality: { label: '麦克风音质', speech: '语音（16 kHz）', default: '标准（48 kHz）', music: '音乐（48 kHz，高码率）' },
    mic: {
      heading: '麦克风（别人听到的你）',
      meter: '别人听到的你的音量',
      capture: '发送音量',
      device: '麦克风设备音量',
      deviceMute: '麦克风设备静音',
      earMonitor: '耳返（听到自己）',
    },
    speaker: {
      heading: '扬声器（你听到的）',
      playout: '播放音量',
      device: '扬声器设备音量',
      deviceMute: '扬声器设备静音',
    },
    remote: {
      heading: '嘉宾（你听到的）',
      meter: '你听到的 {{user}} 的音量',
      volume: '本机音量',
      muted: '已在本机静音',
      empty: '还没有其他人上麦。',
    },
    refused: '未生效：{{reason}}',
  },
);
