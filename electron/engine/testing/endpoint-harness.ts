import { TRTCAppScene, TRTCRoleType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame, i420Length, type StreamKey } from '@broadcast-core/bridge';

import { VirtualClock } from '../../time/clock';
import { type EngineCrashMode, type EngineToBroker, type MessageEnd, type SandboxRoomInfo } from '../contract';
import { serveEngine } from '../engine-endpoint';
import { EngineHost } from '../engine-host';
import { RecordingSandboxAdmin, ScriptedEngine } from './scripted-engine';
import { syncChannel } from './stepped-engine';

type Answer = Extract<EngineToBroker, { t: 'answer' }>;

export const BIG = 'remote:anna:big' as StreamKey;
export const ENTER = { sdkAppId: 1400000001, roomId: 8888, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor };
export const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

/** A sandbox room as the sandbox lists it. */
export function room(roomId: number, ...userIds: string[]): SandboxRoomInfo {
  return {
    roomId,
    scene: LIVE,
    members: userIds.map((userId, i) => ({
      userId,
      role: TRTCRoleType.TRTCRoleAnchor,
      publishingVideo: true,
      publishingAudio: true,
      connectionDown: false,
      sharingScreen: false,
      enteredAt: i,
    })),
    anchorCount: userIds.length,
    virtualAudience: 0,
    onlineCount: userIds.length,
    links: [],
  };
}

/** A 2x2 I420 frame as the SDK's render callback hands it over, its bytes filled with `fill`. */
export function videoFrame(fill: number, width = 2, height = 2): TRTCVideoFrame {
  const length = i420Length(width, height);
  return { videoFormat: 1, bufferType: 1, data: new Uint8Array(length).fill(fill).buffer, textureId: 0, length, width, height, timestamp: 1000 + fill, rotation: 0 };
}

/**
 * A ScriptedEngine inside an EngineHost, served over a synchronous channel on a virtual clock, with what
 * the broker end received, and what crashes on purpose were asked for, in one log.
 */
export function served(options: { sandbox?: boolean; rooms?: SandboxRoomInfo[]; engine?: ScriptedEngine } = {}) {
  const clock = new VirtualClock();
  const engine = options.engine ?? new ScriptedEngine();
  const admin = options.sandbox === false ? null : new RecordingSandboxAdmin();
  if (admin && options.rooms) admin.rooms = options.rooms;
  const host = new EngineHost(engine, admin ? 'sandbox' : 'trtc');
  const [broker, engineEnd] = syncChannel<EngineToBroker, unknown>();
  const received: EngineToBroker[] = [];
  const log: string[] = [];
  const crashes: EngineCrashMode[] = [];
  const endpoint = serveEngine({
    host,
    sandbox: admin,
    channel: engineEnd,
    clock,
    crash: (mode) => {
      crashes.push(mode);
      log.push(`crash ${mode}`);
    },
  });
  broker.listen((m) => {
    received.push(m);
    log.push(m.t === 'answer' ? `answer ${m.id}` : m.t);
  });
  let nextId = 1;
  /** Sends a call and returns its answer (the endpoint answers at once), failing if none came. */
  const call = (method: string, args: unknown[] = [], group?: number): Answer => {
    const id = nextId++;
    broker.post({ t: 'call', id, method, args, ...(group === undefined ? {} : { group }) });
    const answers = received.filter((m): m is Answer => m.t === 'answer' && m.id === id);
    if (answers.length !== 1) throw new Error(`call ${id} (${method}) got ${answers.length} answers`);
    return answers[0];
  };
  /** What arrived from `from` on, by kind. */
  const kindsSince = (from: number) => received.slice(from).map((m) => m.t);
  /** Opens a viewer's frame port the way a transport does, with the frames it receives. */
  const openViewer = (viewerId: string) => {
    const [viewer, engineSide] = syncChannel<Uint8Array, unknown>(false);
    const frames: Uint8Array[] = [];
    viewer.listen((bytes) => frames.push(bytes));
    broker.post({ t: 'viewer-open', viewerId, port: engineSide });
    const decoded = () => frames.map((bytes) => decodeFrame(bytes)!);
    return { port: viewer as MessageEnd<Uint8Array, unknown>, frames, decoded };
  };
  return { clock, engine, admin, host, broker, endpoint, received, log, crashes, call, kindsSince, openViewer };
}
