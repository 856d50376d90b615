import * as z from 'zod';

import type { TRTCEventMap } from './trtc-events';

// What each callback's arguments must look like for the broker to fold them into state. Loose where the
// SDK's objects carry more than the console reads (spectrum data, per-stream statistics), and extra
// trailing arguments are allowed: SDK versions add them.

const num = z.number();
const str = z.string();
const code = z.number().int();
const available = code;
const deviceVolume = z.number().min(0).max(100);
const args = (items: z.ZodType[]) => z.tuple(items as [z.ZodType]).rest(z.unknown());

/** TRTCSpeedTestResult as the console reads it: losses 0-1, rtt and bandwidths in ms and kbps (-1: not measured). */
const speedTestResult = z.looseObject({
  success: z.boolean(),
  errMsg: z.string(),
  quality: code,
  upLostRate: z.number().min(0).max(1),
  downLostRate: z.number().min(0).max(1),
  rtt: z.number().min(0),
  availableUpBandwidth: z.number().min(-1),
  availableDownBandwidth: z.number().min(-1),
});
const qualityInfo = z.looseObject({ userId: str.optional(), quality: code });

/** Each entry is an object; `check` reads it as a record. */
const everyEntry = (check: (e: Record<string, unknown>) => boolean) => (value: unknown) =>
  Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && check(e as Record<string, unknown>));

// Reports of every user, several times a second, are checked in place rather than parsed into copies: with
// 200 users a parse cost about 40 µs of the broker's thread per voice report, and 20 per quality report.
const volumeList = z.custom(
  everyEntry((e) => typeof e['userId'] === 'string' && Number.isFinite(e['volume'])),
  'every voice report entry needs a string userId and a finite volume',
);
const qualityList = z.custom(
  everyEntry((e) => (e['userId'] === undefined || typeof e['userId'] === 'string') && Number.isSafeInteger(e['quality'])),
  'every network quality entry needs an integer quality (and a string userId, if any)',
);
/** One stream's statistics as the console reads them (the SDK's entries carry more, which stays unread). */
function isStreamStats(value: unknown): boolean {
  const s = value as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null) return false;
  const frameRate = s['frameRate'];
  return typeof s['videoBitrate'] === 'number' && typeof s['audioBitrate'] === 'number' && (frameRate === undefined || typeof frameRate === 'number');
}

// Checked in place rather than parsed into a copy: a report carries one entry per remote stream (hundreds
// in a big room) with a dozen fields each, and copying them cost about 100 µs per report.
const streamStats = z.custom(isStreamStats, 'a stream statistics entry needs numeric videoBitrate and audioBitrate (and frameRate, if any)');
const statistics = z.looseObject({
  rtt: num,
  upLoss: num,
  downLoss: num,
  appCpu: num,
  systemCpu: num,
  localStatisticsArray: z.array(streamStats).optional(),
  remoteStatisticsArray: z.array(streamStats).optional(),
});

/** One schema per callback name; the mapped type makes a missing callback a compile error. */
export const TRTC_EVENT_ARGS: { [K in keyof TRTCEventMap]: z.ZodType } = {
  onError: args([code, str]),
  onWarning: args([code, str]),
  onEnterRoom: args([num]),
  onExitRoom: args([code]),
  onSwitchRole: args([code, str]),
  onConnectOtherRoom: args([str, code, str]),
  onDisconnectOtherRoom: args([code, str]),
  onRemoteUserEnterRoom: args([str]),
  onRemoteUserLeaveRoom: args([str, code]),
  onUserVideoAvailable: args([str, available]),
  onUserAudioAvailable: args([str, available]),
  onFirstVideoFrame: args([str, code, num, num]),
  onSendFirstLocalVideoFrame: args([code]),
  onUserVoiceVolume: args([volumeList, num, num]),
  onNetworkQuality: args([qualityInfo, qualityList]),
  onStatistics: args([statistics]),
  onConnectionLost: args([]),
  onTryToReconnect: args([]),
  onConnectionRecovery: args([]),
  onDeviceChange: args([str, code, code]),
  onAudioDeviceCaptureVolumeChanged: args([deviceVolume, z.boolean()]),
  onAudioDevicePlayoutVolumeChanged: args([deviceVolume, z.boolean()]),
  onSpeedTestResult: args([speedTestResult]),
  onTestMicVolume: args([deviceVolume]),
  onTestSpeakerVolume: args([deviceVolume]),
  onStartPublishMediaStream: args([str, code, str]),
  onUpdatePublishMediaStream: args([str, code, str]),
  onStopPublishMediaStream: args([str, code, str]),
  onCdnStreamStateChanged: args([str, z.number().int().min(0).max(5), code, str]),
  onUserSubStreamAvailable: args([str, available]),
  onScreenCaptureStarted: args([]),
  onScreenCapturePaused: args([code]),
  onScreenCaptureResumed: args([code]),
  onScreenCaptureStopped: args([code]),
  onMusicStart: args([code, code]),
  onMusicPlayProgress: args([code, z.number().min(0), z.number().min(0)]),
  onMusicComplete: args([code, code]),
};
