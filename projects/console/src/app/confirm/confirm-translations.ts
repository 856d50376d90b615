import { defineTranslations } from '@broadcast-core/i18n';

/** Texts of the confirmations asked before harmful actions, and the consequences they name. */
export const CONFIRM_TRANSLATIONS = defineTranslations(
  'confirm',
  {
    cancel: 'Cancel',
    leaveTitle: 'Leave room {{room}}?',
    leave: 'Leave',
    endsPk: 'Ends the PK with {{user}} in room {{room}}.',
    stopsCdn: 'Stops the CDN stream: its viewers lose the picture.',
    removeTitle: 'Remove {{user}} from room {{room}}?',
    remove: 'Remove',
    removesUser: '{{user}} is sent out of room {{room}} at once (onExitRoom reason 1).',
    dismissTitle: 'Dismiss room {{room}}?',
    dismissStrTitle: 'Dismiss string room "{{room}}"?',
  },
  {
    cancel: '取消',
    leaveTitle: '离开房间 {{room}}？',
    leave: '离开',
    endsPk: '将结束与房间 {{room}} 中 {{user}} 的 PK。',
    stopsCdn: '将停止 CDN 推流：观众将看不到画面。',
    removeTitle: '将 {{user}} 移出房间 {{room}}？',
    remove: '移出',
    removesUser: '{{user}} 会立即被移出房间 {{room}}（onExitRoom 原因 1）。',
    dismissTitle: '解散房间 {{room}}？',
    dismissStrTitle: '解散字符串房间“{{room}}”？',
  },
);
