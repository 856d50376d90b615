import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { ExitReasonKey, SessionStatus } from '../room-state';

// Each function gives a translation key of the core bundle (i18n/core-translations.ts).

/** How a session status reads on screen. */
export function statusKey(status: SessionStatus): string {
  return `core.status.${status}`;
}

/** Why the local user is out of the room, stated plainly. */
export function exitReasonTextKey(reason: ExitReasonKey): string {
  return `core.exitReason.${reason}`;
}

/** Role names as hosts say them. */
export function roleKey(role: TRTCRoleType | null): string {
  const name = role === TRTCRoleType.TRTCRoleAnchor ? 'anchor' : role === TRTCRoleType.TRTCRoleAudience ? 'audience' : 'none';
  return `core.role.${name}`;
}

/** The four TRTC scenes; each has `.label` and a one-line `.hint` under its key. */
export const SCENES: readonly { value: TRTCAppScene; key: string }[] = [
  { value: TRTCAppScene.TRTCAppSceneLIVE, key: 'core.scene.LIVE' },
  { value: TRTCAppScene.TRTCAppSceneVoiceChatRoom, key: 'core.scene.VoiceChatRoom' },
  { value: TRTCAppScene.TRTCAppSceneVideoCall, key: 'core.scene.VideoCall' },
  { value: TRTCAppScene.TRTCAppSceneAudioCall, key: 'core.scene.AudioCall' },
];

/** A scene's short name. */
export function sceneLabelKey(scene: TRTCAppScene | null): string {
  const found = SCENES.find((s) => s.value === scene);
  return found ? `${found.key}.label` : 'core.role.none';
}

/** A network quality (TRTCQuality 0-6) in words. */
export function qualityKey(quality: TRTCQuality): string {
  return `core.quality.${quality}`;
}
