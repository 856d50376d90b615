import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the pre-flight checklist: each check's verdict in words, with what to do. */
export const PREFLIGHT_TRANSLATIONS = defineTranslations(
  'preflight',
  {
    heading: 'Pre-flight checks',
    run: 'Run checks',
    stopMic: 'Stop mic test',
    intro: 'Before entering: measures the network against your encoder and listens to your microphone.',
    level: { pass: 'Pass', warn: 'Warning', fail: 'Fail', pending: 'Checking', 'not-run': 'Not run' },
    item: { network: 'Network', mic: 'Microphone' },
    micMeter: 'Microphone test level',
    verdicts: {
      network: {
        notRun: 'Not measured yet.',
        running: 'Measuring the network…',
        failed: 'The speed test did not run (code {{code}}): try again, outside a room.',
        tooSlow: 'Uplink {{up}} Mbps is below the {{need}} Mbps your encoder needs ({{video}} kbps video): lower the bitrate or the resolution.',
        lossy: '{{loss}} % of packets are lost: use a wired connection or move closer to the router.',
        slowRtt: 'Round trip {{rtt}} ms: guests will notice the delay; use a wired connection.',
        poor: 'The SDK rates this network poor: close other uploads or use a wired connection.',
        pass: 'Uplink {{up}} Mbps, {{rtt}} ms, {{loss}} % loss: enough for your encoder.',
      },
      mic: {
        notRun: 'Not tested yet.',
        listening: 'Listening: say something.',
        pass: 'Heard you (loudest {{level}} of 100).',
        silent: 'Mic silent for {{seconds}} s: check the device or its mute.',
        deviceMuted: 'The mic device is muted: unmute it in the audio mixer.',
      },
    },
  },
  {
    heading: '进房前检查',
    run: '开始检查',
    stopMic: '停止麦克风测试',
    intro: '进房前：按你的编码设置测量网络，并试听麦克风。',
    level: { pass: '通过', warn: '警告', fail: '未通过', pending: '检查中', 'not-run': '未运行' },
    item: { network: '网络', mic: '麦克风' },
    micMeter: '麦克风测试音量',
    verdicts: {
      network: {
        notRun: '尚未测量。',
        running: '正在测量网络…',
        failed: '网速测试未能运行（错误码 {{code}}）：请在房间外重试。',
        tooSlow: '上行带宽 {{up}} Mbps，低于编码器所需的 {{need}} Mbps（视频 {{video}} kbps）：请降低码率或分辨率。',
        lossy: '丢包率 {{loss}}%：请使用有线网络或靠近路由器。',
        slowRtt: '往返延迟 {{rtt}} 毫秒：嘉宾会感到延迟；请使用有线网络。',
        poor: 'SDK 评估此网络较差：请关闭其他上传或使用有线网络。',
        pass: '上行 {{up}} Mbps，{{rtt}} 毫秒，丢包 {{loss}}%：足够当前编码设置。',
      },
      mic: {
        notRun: '尚未测试。',
        listening: '正在试听：请说话。',
        pass: '已听到你的声音（最大 {{level}} / 100）。',
        silent: '麦克风已静默 {{seconds}} 秒：请检查设备或其静音。',
        deviceMuted: '麦克风设备已静音：请在混音台中取消静音。',
      },
    },
  },
);
