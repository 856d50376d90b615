import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the co-anchoring panel: going on and off the mic in a live room. */
export const CO_ANCHORING_TRANSLATIONS = defineTranslations(
  'coAnchoring',
  {
    heading: 'Co-anchoring',
    role: 'Your role: {{role}}',
    goOnMic: 'Go on mic',
    leaveMic: 'Leave mic',
    goOnMicHint: 'Switches you to anchor and starts your microphone and camera.',
    leaveMicHint: 'Switches you back to the audience and stops your microphone and camera.',
    notInRoom: 'Enter a live room to go on mic.',
    callScene: 'Calls have no audience: everyone is already on mic.',
    switchingTo: { anchor: 'Switching to anchor…', audience: 'Switching to audience…' },
    onMic: {
      both: 'On mic: your camera and microphone are published.',
      camera: 'On mic: only your camera is published.',
      mic: 'On mic: only your microphone is published.',
      none: 'On mic, but nothing is published: start or unmute the camera or microphone.',
    },
    offMic: 'In the audience: watching and listening only.',
    pkBlocks: 'End the cross-room PK before leaving the mic.',
    failed: 'Role switch failed: {{reason}} ({{code}})',
    refused: 'Not done: {{reason}}',
  },
  {
    heading: '连麦',
    role: '当前角色：{{role}}',
    goOnMic: '上麦',
    leaveMic: '下麦',
    goOnMicHint: '切换为主播，并打开麦克风和摄像头。',
    leaveMicHint: '切回观众，并关闭麦克风和摄像头。',
    notInRoom: '进入直播房间后才能上麦。',
    callScene: '通话场景没有观众：所有人都已在麦上。',
    switchingTo: { anchor: '正在切换为主播…', audience: '正在切换为观众…' },
    onMic: {
      both: '已上麦：你的摄像头和麦克风正在发布。',
      camera: '已上麦：仅发布摄像头画面。',
      mic: '已上麦：仅发布麦克风声音。',
      none: '已上麦，但没有发布任何内容：请打开或取消静音摄像头或麦克风。',
    },
    offMic: '观众身份：仅观看和收听。',
    pkBlocks: '请先结束跨房 PK，再下麦。',
    failed: '角色切换失败：{{reason}}（{{code}}）',
    refused: '未执行：{{reason}}',
  },
);
