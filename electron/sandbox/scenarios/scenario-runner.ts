import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TimerHandle } from '../../time/clock';
import type { SandboxCloud } from '../server/sandbox-cloud';
import { SandboxTRTCCloud } from '../client/sandbox-trtc-cloud';
import type { Scenario, ScenarioAction, ScenarioStep } from './scenario';

const SCENES = {
  live: TRTCAppScene.TRTCAppSceneLIVE,
  'voice-chat': TRTCAppScene.TRTCAppSceneVoiceChatRoom,
  'video-call': TRTCAppScene.TRTCAppSceneVideoCall,
  'audio-call': TRTCAppScene.TRTCAppSceneAudioCall,
} as const;

/** A scenario in progress. */
export interface ScenarioRun {
  /** The virtual participants' clients, by userId. */
  readonly participants: ReadonlyMap<string, SandboxTRTCCloud>;
  /** Stops the timers and takes every virtual participant out of its room. */
  stop(): void;
}

/**
 * Plays a scenario on a sandbox cloud with real SandboxTRTCCloud clients, on
 * the cloud's clock: virtual participants call the same TRTCCloud API a real
 * app would, so the console sees them exactly as it would see people.
 */
export function runScenario(
  cloud: SandboxCloud,
  scenario: Scenario,
  /** Told about a step that failed; the run goes on. */
  onError: (action: ScenarioAction, error: Error) => void = (action, error) =>
    console.warn(`scenario step ${action.do} skipped: ${error.message}`),
): ScenarioRun {
  const participants = new Map<string, SandboxTRTCCloud>();
  const timers: TimerHandle[] = [];
  const clientOf = (user: string) => {
    let client = participants.get(user);
    if (!client) {
      client = new SandboxTRTCCloud(cloud);
      participants.set(user, client);
    }
    return client;
  };
  // A rehearsal step that cannot happen (its room is gone, say) must not take the console down with it.
  const act = (action: ScenarioAction) => {
    try {
      perform(cloud, clientOf, action);
    } catch (e) {
      onError(action, e instanceof Error ? e : new Error(String(e)));
    }
  };
  const schedule = (steps: ScenarioStep[], offset: number) => {
    for (const step of steps) timers.push(cloud.clock.setTimeout(() => act(step.action), offset + step.at));
  };

  schedule(scenario.setup, 0);
  const loop = scenario.loop;
  if (loop) {
    const setupEnd = Math.max(0, ...scenario.setup.map((s) => s.at));
    timers.push(
      cloud.clock.setTimeout(() => {
        schedule(loop.steps, 0);
        timers.push(cloud.clock.setInterval(() => schedule(loop.steps, 0), loop.everyMs));
      }, setupEnd + 1),
    );
  }

  return {
    participants,
    stop: () => {
      for (const t of timers) cloud.clock.clearTimeout(t);
      for (const client of participants.values()) client.destroy();
      participants.clear();
    },
  };
}

function perform(cloud: SandboxCloud, clientOf: (user: string) => SandboxTRTCCloud, action: ScenarioAction): void {
  switch (action.do) {
    case 'enter': {
      const client = clientOf(action.user);
      const anchor = action.role === 'anchor';
      const room = typeof action.room === 'number' ? { roomId: action.room } : { strRoomId: action.room };
      client.enterRoom(
        {
          sdkAppId: cloud.sdkAppId,
          ...room,
          userId: action.user,
          userSig: cloud.signUserSig(action.user),
          role: anchor ? TRTCRoleType.TRTCRoleAnchor : TRTCRoleType.TRTCRoleAudience,
        },
        SCENES[action.scene ?? 'live'],
      );
      if (anchor) {
        client.startLocalPreview(null);
        client.startLocalAudio();
      }
      return;
    }
    case 'co-anchor': {
      const client = clientOf(action.user);
      if (action.on) {
        client.switchRole(TRTCRoleType.TRTCRoleAnchor);
        client.startLocalAudio();
        client.startLocalPreview(null);
      } else {
        client.switchRole(TRTCRoleType.TRTCRoleAudience);
        client.stopLocalAudio();
        client.stopLocalPreview();
      }
      return;
    }
    case 'mute': {
      const client = clientOf(action.user);
      if (action.video !== undefined) client.muteLocalVideo(action.video);
      if (action.audio !== undefined) client.muteLocalAudio(action.audio);
      return;
    }
    case 'share':
      cloud.shareScreen(action.user, action.source);
      return;
    case 'leave':
      clientOf(action.user).exitRoom();
      return;
    case 'network-drop':
      cloud.dropConnection(action.user, action.ms);
      return;
    case 'audience':
      cloud.addVirtualAudience(action.room, action.count);
      return;
  }
}
