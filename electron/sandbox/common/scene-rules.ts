import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

/**
 * Live scenes (LIVE, VoiceChatRoom) have anchors and audience, and only anchors are announced to others;
 * call scenes (VideoCall, AudioCall) make everyone an anchor (trtc.d.ts TRTCCallback#onRemoteUserEnterRoom).
 */
export function isLiveScene(scene: TRTCAppScene): boolean {
  return scene === TRTCAppScene.TRTCAppSceneLIVE || scene === TRTCAppScene.TRTCAppSceneVoiceChatRoom;
}

/** The role a user really has in a scene: whatever it asked for in live scenes, anchor in call scenes. */
export function effectiveRole(scene: TRTCAppScene, requested: TRTCRoleType): TRTCRoleType {
  return isLiveScene(scene) ? requested : TRTCRoleType.TRTCRoleAnchor;
}

/** A scene's name for messages, e.g. "TRTCAppSceneLIVE". */
export function sceneName(scene: TRTCAppScene): string {
  return TRTCAppScene[scene] ?? String(scene);
}
