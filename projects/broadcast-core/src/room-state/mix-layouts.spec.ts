/** @jest-environment node */
import { clampRect, coAnchorsLayout, customLayout, gridLayout, mixLayout, pkLayout, soloLayout, type MixPeople } from './mix-layouts';

const canvas = { width: 1280, height: 720 };
const user = (userId: string, intRoomId = 29834) => ({ userId, intRoomId, strRoomId: '' });
const alone: MixPeople = { own: user('host'), coAnchors: [], opponent: null };
const inPk: MixPeople = { ...alone, opponent: user('userB', 978) };
const withGuests: MixPeople = { ...alone, coAnchors: [user('g1'), user('g2'), user('g3')] };
const rects = (layouts: { rect: object }[]) => layouts.map((l) => l.rect);
const users = (layouts: { fixedVideoUser: { userId: string } }[]) => layouts.map((l) => l.fixedVideoUser.userId);

describe('mix layouts', () => {
  it('solo: the local anchor fills the canvas', () => {
    expect(soloLayout(alone, canvas)).toEqual([
      { rect: { left: 0, top: 0, right: 1280, bottom: 720 }, zOrder: 0, fillMode: 0, backgroundColor: 0, placeHolderImage: '', fixedVideoUser: user('host'), fixedVideoStreamType: 0 },
    ]);
  });

  it('pk: the local anchor left, the opponent right with its own roomId; solo without a PK', () => {
    const layout = pkLayout(inPk, canvas);
    expect(rects(layout)).toEqual([{ left: 0, top: 0, right: 640, bottom: 720 }, { left: 640, top: 0, right: 1280, bottom: 720 }]);
    expect(layout[1].fixedVideoUser).toEqual({ userId: 'userB', intRoomId: 978, strRoomId: '' });
    expect(pkLayout(alone, canvas)).toEqual(soloLayout(alone, canvas));
  });

  it('co-anchors: one big and the others small up the right edge, above it, in order', () => {
    const layout = coAnchorsLayout(withGuests, canvas);
    expect(users(layout)).toEqual(['host', 'g1', 'g2', 'g3']);
    expect(rects(layout)).toEqual([
      { left: 0, top: 0, right: 1280, bottom: 720 },
      { left: 960, top: 540, right: 1280, bottom: 720 },
      { left: 960, top: 360, right: 1280, bottom: 540 },
      { left: 960, top: 180, right: 1280, bottom: 360 },
    ]);
    expect(layout.map((l) => l.zOrder)).toEqual([0, 1, 2, 3]);
  });

  it('grid: 4 people in 2x2 equal cells, 3 people in a 2x2 grid with one cell empty', () => {
    expect(rects(gridLayout(withGuests, canvas))).toEqual([
      { left: 0, top: 0, right: 640, bottom: 360 },
      { left: 640, top: 0, right: 1280, bottom: 360 },
      { left: 0, top: 360, right: 640, bottom: 720 },
      { left: 640, top: 360, right: 1280, bottom: 720 },
    ]);
    expect(gridLayout({ ...alone, coAnchors: [user('g1'), user('g2')] }, canvas)).toHaveLength(3);
  });

  it('custom: boxes clamped to the canvas, given to the people in order, extra boxes to any anchor', () => {
    const layout = customLayout(inPk, canvas, [
      { left: -50, top: 10, right: 250, bottom: 210 },
      { left: 1200, top: 600, right: 1400, bottom: 800 },
      { left: 0, top: 0, right: 100, bottom: 100 },
    ]);
    expect(rects(layout)).toEqual([
      { left: 0, top: 10, right: 300, bottom: 210 },
      { left: 1080, top: 520, right: 1280, bottom: 720 },
      { left: 0, top: 0, right: 100, bottom: 100 },
    ]);
    expect(users(layout)).toEqual(['host', 'userB', '']);
  });

  it('clamps a box to a minimum size and never beyond the canvas', () => {
    expect(clampRect({ left: 10, top: 10, right: 12, bottom: 12 }, canvas)).toEqual({ left: 10, top: 10, right: 26, bottom: 26 });
    expect(clampRect({ left: 0, top: 0, right: 5000, bottom: 5000 }, canvas)).toEqual({ left: 0, top: 0, right: 1280, bottom: 720 });
  });

  it('picks the preset the choice names', () => {
    expect(mixLayout({ preset: 'pk', custom: [] }, inPk, canvas)).toEqual(pkLayout(inPk, canvas));
    expect(mixLayout({ preset: 'custom', custom: [{ left: 0, top: 0, right: 64, bottom: 64 }] }, inPk, canvas)).toHaveLength(1);
  });
});
