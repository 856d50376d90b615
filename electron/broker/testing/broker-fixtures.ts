import { TRTCAppScene, TRTCRoleType, type TRTCVolumeInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command, ServerMessage } from '@broadcast-core/bridge';
import {
  ConsoleActions,
  EngineActions,
  initialRoomState,
  roomReducer,
  type RoomAction,
  type RoomState,
} from '@broadcast-core/room-state';

import { EngineHost } from '../../engine/engine-host';
import { VirtualClock } from '../../sandbox/clock';
import { Broker, type BrokerOptions } from '../broker';
import { RecordingSandboxAdmin, ScriptedEngine } from './scripted-engine';

/** A broker over a scripted engine, with the doubles exposed. */
export interface TestBroker {
  broker: Broker;
  engine: ScriptedEngine;
  host: EngineHost;
  /** The sandbox admin double, or null when the host stands for Tencent's SDK. */
  admin: RecordingSandboxAdmin | null;
  /** Where the broker's polls are scheduled: they run only when a spec advances it. */
  timers: VirtualClock;
}

/**
 * Builds a broker on a ScriptedEngine with a ticking clock and polls on a virtual clock;
 * `sandbox: false` makes it a 'trtc' host without admin.
 */
export function createTestBroker(options: BrokerOptions & { sandbox?: boolean } = {}): TestBroker {
  const engine = new ScriptedEngine();
  const admin = options.sandbox === false ? null : new RecordingSandboxAdmin();
  const host = new EngineHost(engine, admin ? 'sandbox' : 'trtc', admin);
  let clock = 1_000;
  const timers = new VirtualClock();
  const broker = new Broker(host, { now: () => clock++, timers, ...options });
  return { broker, engine, host, admin, timers };
}

/** A value as it comes out of a JSON round trip (undefined keys gone, NaN null, key order kept). */
export function jsonNormal<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The room state after applying `actions` to the initial state. */
export function stateAfter(...actions: RoomAction[]): RoomState {
  return actions.reduce<RoomState>((s, a) => roomReducer(s, a), initialRoomState());
}

/** The broker's state, JSON-serialized, at every seq from the moment of recording on. */
export class BrokerHistory {
  private readonly states = new Map<number, string>();
  /** The seqs of the actions$ emissions, in order. */
  readonly seqs: number[] = [];

  constructor(private readonly broker: Broker) {
    this.record();
    broker.actions$.subscribe(({ seq }) => {
      this.seqs.push(seq);
      this.record();
    });
  }

  /** The serialized state at `seq`, if recorded. */
  at(seq: number): string | undefined {
    return this.states.get(seq);
  }

  private record(): void {
    const { seq, state } = this.broker.snapshot();
    this.states.set(seq, JSON.stringify(state));
  }
}

/** One onUserVoiceVolume entry as the SDK reports it. */
export function voiceVolume(userId: string, volume: number): TRTCVolumeInfo {
  return { userId, volume, vad: 1, pitch: 120, spectrumData: new Float32Array(4), spectrumDataLength: 4 };
}

/** Parses each text the broker sent. */
export function parseAll(texts: readonly string[]): ServerMessage[] {
  return texts.map((t) => JSON.parse(t) as ServerMessage);
}

/** Enter params that pass the schema (no userSig: the sandbox signs one). */
export const ENTER_PARAMS = { sdkAppId: 1400000001, roomId: 8888, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor };

/** A valid live-scene enterRoom command. */
export const ENTER_LIVE: Command = { type: 'enterRoom', params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE };

/** Actions that put the room in a live-scene session as `role`, entered. */
export function inLiveRoom(role: TRTCRoleType = TRTCRoleType.TRTCRoleAnchor): RoomAction[] {
  return [
    ConsoleActions.enterRoomRequested({ params: { ...ENTER_PARAMS, role }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
    EngineActions.roomEntered({ elapsedMs: 120, at: 2 }),
  ];
}
