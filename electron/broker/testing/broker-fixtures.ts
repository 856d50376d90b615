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

import type { SupervisorTiming } from '../engine-supervisor';
import { SteppedEngine, type SteppedProcess } from '../../engine/testing/stepped-engine';
import { RecordingSandboxAdmin, type ScriptedEngine } from '../../engine/testing/scripted-engine';
import type { EngineHost } from '../../engine/engine-host';
import { startConsoleSession, type ConsoleSession } from '../../session/start-console-session';
import { VirtualClock } from '../../time/clock';
import { DesktopViewers } from '../../desktop/viewers/desktop-viewers';
import type { Broker } from '../broker';

/** A broker over a stepped (synchronous, steerable) engine, with the doubles exposed. */
export interface TestBroker {
  broker: Broker;
  session: ConsoleSession<SteppedProcess>;
  /** The engine side: launches, held answers, crashes. */
  stepped: SteppedEngine;
  /** The engine double of the engine running now. */
  readonly engine: ScriptedEngine;
  /** The engine host of the engine running now. */
  readonly host: EngineHost;
  /** The sandbox admin double (shared by every engine), or null when the engine stands for Tencent's SDK. */
  admin: RecordingSandboxAdmin | null;
  /** Where every timer runs (heartbeat, call timeouts, polls): only when a spec advances it. */
  timers: VirtualClock;
}

/** How a test broker is made: `sandbox: false` makes it a 'trtc' engine without admin. */
export interface TestBrokerOptions {
  sandbox?: boolean;
  timing?: Partial<SupervisorTiming>;
  /** Sets up each fresh engine double before it is served. */
  prepare?: (engine: ScriptedEngine) => void;
  /** Frames go on a port handed to each window (the desktop app's way) instead of over its link. */
  desktopViewers?: boolean;
  /** The byte budget per window. */
  windowBudgetBytes?: number;
}

/**
 * Builds a session (supervisor, viewer relay, broker) on a SteppedEngine, with every timer on a virtual
 * clock and a broker clock that ticks by one per reading. The first engine is ready when this returns.
 */
export function createTestBroker(options: TestBrokerOptions = {}): TestBroker {
  const sandbox = options.sandbox !== false;
  const admin = sandbox ? new RecordingSandboxAdmin() : null;
  const timers = new VirtualClock();
  const stepped = new SteppedEngine(admin, timers);
  if (options.prepare) stepped.prepare = options.prepare;
  let tick = 1_000;
  const session = startConsoleSession<SteppedProcess>({
    engine: sandbox ? { kind: 'sandbox' } : { kind: 'trtc' },
    launcherFor: () => stepped.launch,
    clock: timers,
    now: () => tick++,
    timing: options.timing,
    windowBudgetBytes: options.windowBudgetBytes,
    ...(options.desktopViewers ? { viewersFor: (supervisor) => new DesktopViewers(supervisor) } : {}),
  });
  return {
    broker: session.broker,
    session,
    stepped,
    get engine() {
      return stepped.current.engine;
    },
    get host() {
      return stepped.current.host;
    },
    admin,
    timers,
  };
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
