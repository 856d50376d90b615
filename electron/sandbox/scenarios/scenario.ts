import type { RoomId } from '../common/room-key';

/** What a virtual participant does at one moment of a scenario. */
export type ScenarioAction =
  /** Enters a room (LIVE scene unless said otherwise) and, as an anchor, starts camera and mic. */
  | { do: 'enter'; user: string; room: RoomId; role: 'anchor' | 'audience'; scene?: 'live' | 'voice-chat' | 'video-call' | 'audio-call' }
  /** Audience goes on the mic (switchRole + mic + camera), or an anchor leaves it, as the guide's co-anchoring. */
  | { do: 'co-anchor'; user: string; on: boolean }
  /** Turns the camera or mic of an anchor off or on (mute). */
  | { do: 'mute'; user: string; video?: boolean; audio?: boolean }
  /** Shares a virtual screen or window by its sourceId (`screen-1`, `window-slides`, `window-game`...), or stops sharing with null. */
  | { do: 'share'; user: string; source: string | null }
  /** Leaves the room (exitRoom). */
  | { do: 'leave'; user: string }
  /** Loses the network for a while. */
  | { do: 'network-drop'; user: string; ms: number }
  /** Sets the number of silent viewers counted in a live room. */
  | { do: 'audience'; room: RoomId; count: number };

/** One timed action, `at` ms after the scenario (or its current loop) starts. */
export interface ScenarioStep {
  at: number;
  action: ScenarioAction;
}

/** A rehearsal: virtual users and what they do over time. */
export interface Scenario {
  name: string;
  description: string;
  /** Run once in order at start (at = 0 relative offsets still apply). */
  setup: ScenarioStep[];
  /** Repeated every `loopMs` after setup, so a long rehearsal stays alive. */
  loop?: { everyMs: number; steps: ScenarioStep[] };
}
