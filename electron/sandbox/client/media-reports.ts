import { TRTCVideoStreamType, TRTCVolumeInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Downlink, StreamVideo, Uplink } from './network-meter';
import type { RoomMember } from '../server/room-member';
import type { SandboxServer } from '../server/sandbox-server';

/** A volume this loud or louder counts as voice (TRTCVolumeInfo.vad = 1). */
const VOICE_THRESHOLD = 10;

/** What a client knows about its own media and network, for its reports. */
export interface ReportContext {
  server: SandboxServer;
  /** Its session, if in a room. */
  member: RoomMember | undefined;
  /** Its own network is cut. */
  selfDown: boolean;
  /** The open camera view of a remote user, if any. */
  viewing(userId: string): TRTCVideoStreamType | undefined;
  /** Remote users muted with muteRemoteAudio. */
  mutedRemoteAudio: ReadonlySet<string>;
  /** The level heard of a remote user who sends `level`: after its own and the playout volume. */
  heard(userId: string, level: number): number;
}

function volumeInfo(userId: string, volume: number): TRTCVolumeInfo {
  return new TRTCVolumeInfo(userId, volume, volume >= VOICE_THRESHOLD ? 1 : 0);
}

/**
 * onUserVoiceVolume's entries: the local user as '' when given a volume (its microphone sends), then
 * every remote user it hears (audio available, not muted, both networks up), own room and PK alike, each at
 * the level the client plays it (its remote and playout volumes).
 */
export function voiceVolumes(context: ReportContext, now: number, localVolume: number | undefined): TRTCVolumeInfo[] {
  const volumes: TRTCVolumeInfo[] = [];
  if (localVolume !== undefined) volumes.push(volumeInfo('', localVolume));
  const { member, server } = context;
  if (!member || context.selfDown) return volumes;
  for (const [userId, state] of member.told) {
    if (!state.audio || context.mutedRemoteAudio.has(userId)) continue;
    const publisher = server.findVisible(member, userId);
    if (publisher && !publisher.client.isConnectionDown()) volumes.push(volumeInfo(userId, context.heard(userId, publisher.client.voiceVolumeAt(now))));
  }
  return volumes;
}

/** What a member sends: its published big (and small) stream, its screen share (the sub stream) and audio. */
export function uplinkOf(member: RoomMember, selfDown: boolean, smallEnabled: boolean): Uplink {
  const videos: StreamVideo[] = [];
  const streams = smallEnabled ? [TRTCVideoStreamType.TRTCVideoStreamTypeBig, TRTCVideoStreamType.TRTCVideoStreamTypeSmall] : [TRTCVideoStreamType.TRTCVideoStreamTypeBig];
  if (member.publishesVideo()) {
    for (const streamType of streams) {
      const video = member.client.publishedVideo(streamType);
      if (video) videos.push({ ...video, streamType });
    }
  }
  const sub = member.publishesSubStream() ? member.client.publishedVideo(TRTCVideoStreamType.TRTCVideoStreamTypeSub) : undefined;
  if (sub) videos.push({ ...sub, streamType: TRTCVideoStreamType.TRTCVideoStreamTypeSub });
  const audio = member.publishesAudio() ? member.client.publishedAudio() : undefined;
  return { down: selfDown, videos, audio };
}

/** What a member receives from each remote user it knows of: the viewed video stream and the audio it plays. */
export function downlinksOf(context: ReportContext): Downlink[] {
  const { member, server } = context;
  if (!member) return [];
  const downlinks: Downlink[] = [];
  for (const [userId, state] of member.told) {
    const publisher = server.findVisible(member, userId);
    if (!publisher) continue;
    const viewed = state.video ? context.viewing(userId) : undefined;
    const published = viewed === undefined ? undefined : publisher.client.publishedVideo(viewed);
    downlinks.push({
      userId,
      publisherDown: publisher.client.isConnectionDown(),
      video: published && viewed !== undefined ? { ...published, streamType: viewed } : undefined,
      audio: state.audio && !context.mutedRemoteAudio.has(userId) ? publisher.client.publishedAudio() : undefined,
    });
  }
  return downlinks;
}
