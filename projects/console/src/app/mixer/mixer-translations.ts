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
    effects: {
      reverb: 'Reverb',
      changer: 'Voice changer',
      // Names as Tencent's docs give TXVoiceReverbType / TXVoiceChangerType 0-11; they end when the room is left.
      reverbs: { 0: 'None', 1: 'KTV', 2: 'Small room', 3: 'Great hall', 4: 'Deep', 5: 'Resonant', 6: 'Metallic', 7: 'Magnetic', 8: 'Ethereal', 9: 'Studio', 10: 'Melodious', 11: 'Studio 2' },
      changers: { 0: 'None', 1: 'Naughty kid', 2: 'Little girl', 3: 'Middle-aged man', 4: 'Heavy metal', 5: 'Cold', 6: 'Foreign accent', 7: 'Trapped beast', 8: 'Otaku', 9: 'Strong current', 10: 'Heavy machinery', 11: 'Ethereal' },
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
    effects: {
      reverb: '混响',
      changer: '变声',
      reverbs: { 0: '无', 1: 'KTV', 2: '小房间', 3: '大会堂', 4: '低沉', 5: '洪亮', 6: '金属声', 7: '磁性', 8: '空灵', 9: '录音棚', 10: '悠扬', 11: '录音棚 2' },
      changers: { 0: '无', 1: '熊孩子', 2: '萝莉', 3: '大叔', 4: '重金属', 5: '感冒', 6: '外语腔', 7: '困兽', 8: '肥宅', 9: '强电流', 10: '重机械', 11: '空灵' },
    },
    refused: '未生效：{{reason}}',
  },
);
