import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { ExitReasonKey, SessionStatus } from '../room-state';

/** How each session status reads on screen. */
export const STATUS_LABELS: Record<SessionStatus, string> = {
  idle: 'Not in a room',
  entering: 'Entering…',
  'in-room': 'In room',
  exiting: 'Leaving…',
  exited: 'Left the room',
};

/** Why the local user is out of the room, stated plainly. */
export const EXIT_REASON_LABELS: Record<ExitReasonKey, string> = {
  left: 'You left the room.',
  removed: 'You were removed from the room.',
  dismissed: 'The room was dismissed.',
  unknown: 'The session ended.',
};

/** Role names as hosts say them. */
export function roleLabel(role: TRTCRoleType | null): string {
  return role === TRTCRoleType.TRTCRoleAnchor ? 'Anchor' : role === TRTCRoleType.TRTCRoleAudience ? 'Audience' : '—';
}

/** The four TRTC scenes, each with its one-line meaning. */
export const SCENES: { value: TRTCAppScene; label: string; hint: string }[] = [
  { value: TRTCAppScene.TRTCAppSceneLIVE, label: 'Live', hint: 'Interactive video live streaming: anchors and up to 100,000 viewers.' },
  { value: TRTCAppScene.TRTCAppSceneVoiceChatRoom, label: 'Voice chat room', hint: 'Interactive audio live streaming: anchors and up to 100,000 listeners.' },
  { value: TRTCAppScene.TRTCAppSceneVideoCall, label: 'Video call', hint: 'Everyone is an anchor; up to 300 members.' },
  { value: TRTCAppScene.TRTCAppSceneAudioCall, label: 'Audio call', hint: 'Audio only, everyone is an anchor; up to 300 members.' },
];

/** A scene's short name. */
export function sceneLabel(scene: TRTCAppScene | null): string {
  return SCENES.find((s) => s.value === scene)?.label ?? '—';
}
