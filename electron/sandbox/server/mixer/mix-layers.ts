import type { TRTCStreamMixingConfig, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { isEmptyUser, roomOfUser } from '../cdn/trtc-user-check';
import { roomKeyOf, type RoomId } from '../../common/room-key';
import type { I420Picture } from './i420-picture';
import { evenBox, type MixContent, type MixLayer } from './mix-compositor';
import { mixColor } from './mix-color';

/** A user the mixer can take a stream from. */
export interface MixSource {
  readonly userId: string;
  /** The picture of one of its streams at a time; undefined while its video does not reach the cloud (off, muted, network down). */
  picture(streamType: TRTCVideoStreamType, timestampMs: number): I420Picture | undefined;
}

/** Where the mixer finds its inputs: the service's rooms. */
export interface MixInputs {
  /** The user of that room, if it is there. */
  find(roomId: RoomId, userId: string): MixSource | undefined;
  /** Anchors of a room sending audio or video, in entry order: who auto-filled layouts take. */
  anchors(roomId: RoomId): MixSource[];
}

/**
 * The layers of one mixed frame. A layout naming a user shows its stream, or its placeholder when its video
 * is off, or only the box background when it is not in the room. A layout naming nobody takes the next
 * anchor of its room who sends audio or video and no layout names ("TRTC 后台服务器将自动将对应主播音视频
 * 填充到您指定的布局中"), in entry order.
 */
export function mixLayers(config: TRTCStreamMixingConfig, ownRoom: RoomId, inputs: MixInputs, timestampMs: number): MixLayer[] {
  const placed = new Set<string>();
  for (const { fixedVideoUser } of config.videoLayoutList) {
    if (!isEmptyUser(fixedVideoUser)) placed.add(placeKey(roomOfUser(fixedVideoUser, ownRoom), fixedVideoUser.userId));
  }
  return config.videoLayoutList.map((layout) => {
    const room = roomOfUser(layout.fixedVideoUser, ownRoom);
    let source: MixSource | undefined;
    if (!isEmptyUser(layout.fixedVideoUser)) source = inputs.find(room, layout.fixedVideoUser.userId);
    else {
      source = inputs.anchors(room).find((anchor) => !placed.has(placeKey(room, anchor.userId)));
      if (source) placed.add(placeKey(room, source.userId));
    }
    return {
      box: evenBox(layout.rect),
      zOrder: layout.zOrder,
      fillMode: layout.fillMode,
      background: mixColor(layout.backgroundColor),
      content: contentOf(source, layout.fixedVideoStreamType, timestampMs),
    };
  });
}

function contentOf(source: MixSource | undefined, streamType: TRTCVideoStreamType, timestampMs: number): MixContent {
  if (!source) return { kind: 'empty' };
  const picture = source.picture(streamType, timestampMs);
  return picture ? { kind: 'video', picture } : { kind: 'placeholder', label: source.userId };
}

function placeKey(roomId: RoomId, userId: string): string {
  return `${roomKeyOf(roomId)}|${userId}`;
}
