import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command } from '@broadcast-core/bridge';
import type { RoomState } from '@broadcast-core/room-state';

import { isPkWith } from './on-air';
import { SHOW_ROOM, type ShowGoal } from './show-script';

/** What the director does next: send a command, wait for a pending state to settle, or nothing (on air as planned). */
export type NextStep = { kind: 'send'; command: Command } | { kind: 'wait'; why: string } | { kind: 'done' };

const send = (command: Command): NextStep => ({ kind: 'send', command });

/**
 * The one command that brings the room closer to the goal, as a producer would give it: re-enter a session the
 * engine lost (one action), else enter; then role, PK, camera and mic. Pending states (entering, a role
 * switch, a PK connecting) are waited out; an engine that is not ready is waited for.
 */
export function nextCommand(state: RoomState, goal: ShowGoal): NextStep {
  const { engineInfo, session, localMedia, pk } = state;
  if (engineInfo.status !== 'ready') return { kind: 'wait', why: `engine ${engineInfo.status}` };
  if (session.status === 'entering' || session.status === 'exiting') return { kind: 'wait', why: session.status };
  if (session.pendingRole !== null) return { kind: 'wait', why: 'role switch' };
  if (pk.status === 'connecting' || pk.status === 'disconnecting') return { kind: 'wait', why: `PK ${pk.status}` };
  if (session.status !== 'in-room') {
    if (session.interrupted) return send({ type: 'reenterRoom' });
    return send({ type: 'enterRoom', params: { ...SHOW_ROOM, role: goal.role }, scene: TRTCAppScene.TRTCAppSceneLIVE });
  }
  const anchor = session.role === TRTCRoleType.TRTCRoleAnchor;
  const pkOn = pk.status === 'connected';
  const rightPk = goal.pk !== null && isPkWith(pk, goal.pk);
  if (pkOn && !rightPk) return send({ type: 'disconnectOtherRoom' });
  if (goal.role === TRTCRoleType.TRTCRoleAnchor && !anchor) return send({ type: 'startCoAnchoring' });
  if (goal.role === TRTCRoleType.TRTCRoleAudience && anchor) return send({ type: 'stopCoAnchoring' });
  if (localMedia.previewStarted !== goal.camera) return send({ type: goal.camera ? 'startLocalPreview' : 'stopLocalPreview' });
  if (localMedia.audioStarted !== goal.mic) return send({ type: goal.mic ? 'startLocalAudio' : 'stopLocalAudio' });
  if (goal.pk && !pkOn) return send({ type: 'connectOtherRoom', target: { roomId: goal.pk.roomId }, userId: goal.pk.userId });
  return { kind: 'done' };
}
