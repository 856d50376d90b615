import { TRTCVideoFillMode, TRTCVideoStreamType, type TRTCStreamMixingConfig, type TRTCVideoLayout } from 'trtc-electron-sdk/liteav/trtc_define';

import { I420Canvas } from '../../common/media/i420-canvas';
import type { RoomId } from '../../common/room-key';
import { mixColor } from './mix-color';
import { mixLayers, type MixInputs, type MixSource } from './mix-layers';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;
const OWN = 29834;
const PICTURE = new I420Canvas(new Uint8Array(6), 2, 2);

/** A user of a room: with video on BIG (and SUB when `sharing`), or with its video off. */
interface FakeUser {
  room: RoomId;
  userId: string;
  video: boolean;
  sharing?: boolean;
}

function inputs(users: FakeUser[]): MixInputs & { asked: string[] } {
  const asked: string[] = [];
  const source = (user: FakeUser): MixSource => ({
    userId: user.userId,
    picture: (streamType, at) => {
      asked.push(`${user.userId}:${streamType}@${at}`);
      return user.video && (streamType === BIG || user.sharing) ? PICTURE : undefined;
    },
  });
  return {
    asked,
    find: (room, userId) => users.filter((u) => u.room === room && u.userId === userId).map(source)[0],
    anchors: (room) => users.filter((u) => u.room === room).map(source),
  };
}

function layout(userId: string, zOrder: number, extra: Partial<TRTCVideoLayout> = {}): TRTCVideoLayout {
  return {
    rect: { left: zOrder * 10, top: 0, right: zOrder * 10 + 9, bottom: 9 },
    zOrder,
    fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fit,
    backgroundColor: 0x000000 + zOrder,
    placeHolderImage: '',
    fixedVideoUser: { userId, intRoomId: 0, strRoomId: '' },
    fixedVideoStreamType: BIG,
    ...extra,
  };
}

const config = (...videoLayoutList: TRTCVideoLayout[]): TRTCStreamMixingConfig => ({ backgroundColor: 0, backgroundImage: '', videoLayoutList, audioMixUserList: [], watermarkList: [] });

describe('mixLayers', () => {
  it("shows a named user's picture, its placeholder while its video is off, and nothing for a user who is not there", () => {
    const room = inputs([
      { room: OWN, userId: 'host', video: true },
      { room: OWN, userId: 'guest', video: false },
    ]);
    const layers = mixLayers(config(layout('host', 1), layout('guest', 2), layout('absent', 3)), OWN, room, 500);
    expect(layers.map((l) => l.content)).toEqual([{ kind: 'video', picture: PICTURE }, { kind: 'placeholder', label: 'guest' }, { kind: 'empty' }]);
    expect(layers[0]).toMatchObject({ box: { x: 10, y: 0, width: 8, height: 8 }, zOrder: 1, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fit, background: mixColor(1) });
    expect(room.asked).toEqual(['host:0@500', 'guest:0@500']);
  });

  it('fills unnamed layouts with the anchors no layout names, in entry order, and leaves the rest empty', () => {
    const room = inputs(['a', 'b', 'c'].map((userId) => ({ room: OWN, userId, video: true })));
    const layers = mixLayers(config(layout('', 1), layout('b', 2), layout('', 3), layout('', 4)), OWN, room, 0);
    expect(layers.map((l) => (l.content.kind === 'empty' ? '-' : room.asked.shift()?.split(':')[0]))).toEqual(['a', 'b', 'c', '-']);
  });

  it("takes a named user from the room its layout names, else from the task's own room", () => {
    const room = inputs([
      { room: OWN, userId: 'host', video: true },
      { room: 978, userId: 'userB', video: true },
    ]);
    const pk = layout('userB', 2, { fixedVideoUser: { userId: 'userB', intRoomId: 978, strRoomId: '' } });
    expect(mixLayers(config(layout('host', 1), pk, layout('userB', 3)), OWN, room, 0).map((l) => l.content.kind)).toEqual(['video', 'video', 'empty']);
  });

  it('asks for the stream type the layout names: a user who shares no screen shows its placeholder in a Sub layout', () => {
    const room = inputs([{ room: OWN, userId: 'host', video: true }]);
    const layers = mixLayers(config(layout('host', 1, { fixedVideoStreamType: SUB })), OWN, room, 0);
    expect(layers[0].content).toEqual({ kind: 'placeholder', label: 'host' });
    expect(room.asked).toEqual([`host:${SUB}@0`]);
  });
});
