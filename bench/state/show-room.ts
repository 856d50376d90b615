// A show in progress, built the way the broker builds it: SDK callbacks through `eventToActions`, window commands
// through `planCommand`, every action through the real `roomReducer`. Then, for each kind of action a show
// produces, the SDK callback (or command) that causes it, mapped against that state by the broker's own code, so
// the payloads follow the product as it changes (e.g. voice and quality reports that carry only what changed).
// Nothing here reads the state's shape beyond what the broker's planner needs: the product may reshape it.
import '@angular/compiler'; // @ngrx/store in plain Node needs the JIT compiler loaded first

import { TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import {
  TRTCLocalStatistics,
  TRTCQuality,
  TRTCQualityInfo,
  TRTCRemoteStatistics,
  TRTCStatistics,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoStreamType,
  TRTCVolumeInfo,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command } from '@broadcast-core/bridge';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand } from '../../electron/broker/command-plan';
import { SeededRandom } from '../../electron/sandbox/common/seeded-random';
import { reportToActions } from '../../electron/broker/engine-reports';
import { eventToActions } from '../../electron/broker/event-to-actions';
import type { TRTCEvent } from '../../electron/engine/contract';

/** Remote users in the benchmark's room. */
export const ROOM_USERS = 200;
/** Share of users whose level or quality differs from the previous report. */
export const CHANGED_SHARE = 0.2;

/** The n-th remote user's id (1-based): `anchor_001` ... */
export function userId(n: number): string {
  return `anchor_${String(n).padStart(3, '0')}`;
}

/** A seeded generator's draws in [0, 1), so every run builds the same show. */
function random(seed: number): () => number {
  const generator = new SeededRandom(seed);
  return () => generator.next();
}

/** The broker's part, without its transports: state, seq and clock, and dispatch that skips no-op actions. */
export class ShowBroker {
  state: RoomState = initialRoomState();
  /** What the SDK last reported. */
  readonly reports = new SdkReports();
  seq = 0;
  at = Date.UTC(2026, 0, 1, 20, 0, 0);

  /** Applies actions as Broker.dispatch does; returns the ones that changed state (the ones windows get). */
  apply(actions: readonly RoomAction[]): RoomAction[] {
    const sent: RoomAction[] = [];
    for (const action of actions) {
      const next = roomReducer(this.state, action);
      if (next === this.state) continue;
      this.state = next;
      this.seq++;
      sent.push(action);
    }
    return sent;
  }

  /** An SDK callback, as the broker folds it. */
  event(event: TRTCEvent): RoomAction[] {
    this.at += 50;
    return this.apply(eventToActions(event, { state: this.state, at: this.at }));
  }

  /** A window command the engine then carried out: its accepted actions. */
  command(command: Command): RoomAction[] {
    this.at += 50;
    const plan = planCommand(command, { state: this.state, at: this.at, engine: 'sandbox' });
    if ('code' in plan) throw new Error(`show setup: ${command.type} refused: ${plan.message}`);
    return this.apply(plan.accepted);
  }
}

/**
 * The SDK's side of the periodic reports: the levels and qualities it last reported, so each new report differs
 * from the previous one for a chosen share of users, as in a real room (a few people start or stop talking).
 * Kept here rather than read from room state, whose shape is the product's to change.
 */
export class SdkReports {
  private readonly volumes = new Map<string, number>();
  private readonly qualities = new Map<string, TRTCQuality>();

  /** onUserVoiceVolume: the local user ('') and every remote user, those in `changed` at a new level. */
  voice(changed: ReadonlySet<number>, localVolume: number): TRTCEvent {
    const volumes = [new TRTCVolumeInfo('', localVolume, localVolume >= 10 ? 1 : 0)];
    for (let n = 1; n <= ROOM_USERS; n++) {
      const before = this.volumes.get(userId(n)) ?? 0;
      // A changed level moves far (a speaker starts or stops), so no quantization of small steps can hide it.
      const volume = changed.has(n) ? (before + 47) % 100 : before;
      this.volumes.set(userId(n), volume);
      volumes.push(new TRTCVolumeInfo(userId(n), volume, volume >= 10 ? 1 : 0));
    }
    const total = Math.max(...volumes.map((v) => v.volume));
    return { name: 'onUserVoiceVolume', args: [volumes, volumes.length, total] };
  }

  /** onNetworkQuality: local, and every remote user, those in `changed` at another quality. */
  quality(changed: ReadonlySet<number>): TRTCEvent {
    const remote: TRTCQualityInfo[] = [];
    for (let n = 1; n <= ROOM_USERS; n++) {
      const before = this.qualities.get(userId(n)) ?? TRTCQuality.TRTCQuality_Unknown;
      const quality = changed.has(n) ? (((before % 5) + 1) as TRTCQuality) : before; // 1..5, never the same
      this.qualities.set(userId(n), quality);
      remote.push(new TRTCQualityInfo(userId(n), quality));
    }
    return { name: 'onNetworkQuality', args: [new TRTCQualityInfo('', TRTCQuality.TRTCQuality_Excellent), remote] };
  }
}

/** The SDK's onStatistics: the console's 1080p upstream and a downstream entry per remote user. */
export function statisticsReport(round: number): TRTCEvent {
  const local = [new TRTCLocalStatistics(1920, 1080, 30, 3500, 48000, 64, TRTCVideoStreamType.TRTCVideoStreamTypeBig)];
  const remote: TRTCRemoteStatistics[] = [];
  for (let n = 1; n <= ROOM_USERS; n++) {
    remote.push(new TRTCRemoteStatistics(userId(n), (n + round) % 3, 640, 360, 15, 550, 48000, 64, 120, 0, 0, 0, 0, TRTCVideoStreamType.TRTCVideoStreamTypeSmall, 0, 0, 180, 0, 40));
  }
  const stats = new TRTCStatistics(0, 1, 23 + (round % 7), 41, 38 + (round % 5), 1_000_000 * round, 400_000 * round, local, local.length, remote, remote.length, 20, 350, 9000, 24000);
  return { name: 'onStatistics', args: [stats] };
}

/** `count` distinct user numbers (1-based) picked by `next`. */
function pick(next: () => number, count: number): Set<number> {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(1 + Math.floor(next() * ROOM_USERS));
  return chosen;
}

/**
 * A 200-user show, some time in: in the room as an anchor with camera and mic, every remote user with audio,
 * video and a first frame, volumes and qualities reported, the statistics history and the event log full.
 */
export function buildShow(): ShowBroker {
  const show = new ShowBroker();
  const next = random(29834);
  show.apply(
    reportToActions(
      {
        t: 'ready',
        kind: 'sandbox',
        sdkVersion: '13.3.801-sandbox',
        devices: {
          cameras: [{ deviceId: 'camera-1', deviceName: 'Sandbox HD Camera' }],
          mics: [{ deviceId: 'mic-1', deviceName: 'Sandbox Microphone' }],
          speakers: [{ deviceId: 'speaker-1', deviceName: 'Sandbox Speakers' }],
          camera: 'camera-1',
          mic: 'mic-1',
          speaker: 'speaker-1',
        },
        sandboxRooms: null,
        signsUserSigs: true,
      },
      { state: show.state, at: show.at, generation: 1 },
    ),
  );
  show.command({ type: 'enterRoom', params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: 20 }, scene: 1 });
  show.event({ name: 'onEnterRoom', args: [320] });
  show.command({ type: 'startLocalPreview' });
  show.command({ type: 'startLocalAudio' });
  show.command({ type: 'enableAudioVolumeEvaluation', intervalMs: 300 });
  show.command({
    type: 'setVideoEncoderParam',
    params: { videoResolution: TRTCVideoResolution.TRTCVideoResolution_1920_1080, resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, videoFps: 30, videoBitrate: 3500, minVideoBitrate: 1500, enableAdjustRes: false },
  });
  show.event({ name: 'onSendFirstLocalVideoFrame', args: [TRTCVideoStreamType.TRTCVideoStreamTypeBig] });
  for (let n = 1; n <= ROOM_USERS; n++) {
    const id = userId(n);
    show.event({ name: 'onRemoteUserEnterRoom', args: [id] });
    show.event({ name: 'onUserAudioAvailable', args: [id, 1] });
    show.event({ name: 'onUserVideoAvailable', args: [id, 1] });
    show.event({ name: 'onFirstVideoFrame', args: [id, TRTCVideoStreamType.TRTCVideoStreamTypeSmall, 640, 360] });
  }
  // A few minutes of reports: every user has spoken and has a quality; the plots and the log are full.
  for (let round = 0; round < 100; round++) {
    show.event(show.reports.voice(pick(next, ROOM_USERS * CHANGED_SHARE), Math.floor(next() * 100)));
    if (round % 7 === 0) show.event(show.reports.quality(pick(next, ROOM_USERS * CHANGED_SHARE)));
    show.event(statisticsReport(round));
  }
  for (let i = 0; i < 220; i++) {
    show.event({ name: 'onWarning', args: [TXLiteAVWarning.WARNING_VIDEO_PLAY_LAG, `video play lag (${userId(1 + (i % ROOM_USERS))})`] });
  }
  return show;
}

/** What causes one kind of action: an SDK callback, or a window command the engine carried out. */
export type Cause = { event: TRTCEvent } | { command: Command };

/** One kind of action a show produces, and what causes it in the show's current state. */
export interface ShowCase {
  /** e.g. `voice volumes`. */
  name: string;
  cause: Cause;
}

/** Every kind of action a show produces, each caused as the SDK or a window would cause it now. */
export function showCases(show: ShowBroker): ShowCase[] {
  const { state, reports } = show;
  const next = random(978);
  const n = (k: number) => userId(k);
  return [
    { name: 'voice volumes', cause: { event: reports.voice(pick(next, ROOM_USERS * CHANGED_SHARE), 62) } },
    { name: 'network quality', cause: { event: reports.quality(pick(next, ROOM_USERS * CHANGED_SHARE)) } },
    { name: 'statistics', cause: { event: statisticsReport(101) } },
    { name: 'remote user entered', cause: { event: { name: 'onRemoteUserEnterRoom', args: [n(ROOM_USERS + 1)] } } },
    { name: 'remote user left', cause: { event: { name: 'onRemoteUserLeaveRoom', args: [n(100), 0] } } },
    { name: 'video availability', cause: { event: { name: 'onUserVideoAvailable', args: [n(50), 0] } } },
    { name: 'audio availability', cause: { event: { name: 'onUserAudioAvailable', args: [n(51), 0] } } },
    {
      name: 'first video frame',
      cause: { event: { name: 'onFirstVideoFrame', args: [n(52), TRTCVideoStreamType.TRTCVideoStreamTypeBig, 1280, 720] } },
    },
    { name: 'console: mirror', cause: { command: { type: 'setLocalMirror', mirror: !state.localMedia.mirror } } },
    {
      name: 'console: encoder',
      cause: {
        command: {
          type: 'setVideoEncoderParam',
          params: { videoResolution: TRTCVideoResolution.TRTCVideoResolution_1280_720, resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, videoFps: 25, videoBitrate: 2000, minVideoBitrate: 800, enableAdjustRes: true },
        },
      },
    },
    { name: 'event log warning', cause: { event: { name: 'onWarning', args: [TXLiteAVWarning.WARNING_VIDEO_PLAY_LAG, `video play lag (${n(7)})`] } } },
  ];
}
