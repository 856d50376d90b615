import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { RemoteViews } from '../client/remote-views';
import { ViewedUsers } from './viewed-users';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SMALL = TRTCVideoStreamType.TRTCVideoStreamTypeSmall;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

describe('ViewedUsers', () => {
  it("follows every client's camera and screen-share views: a user is viewed while one client still views it", () => {
    const viewed = new ViewedUsers();
    const [a, b] = [new RemoteViews(viewed), new RemoteViews(viewed)];
    a.start('host', BIG);
    a.start('host', SMALL); // the same view, switched to the small stream
    b.start('host', BIG);
    b.start('guest', SUB); // a view of the guest's screen share
    expect([viewed.has('host'), viewed.has('guest')]).toEqual([true, true]);
    b.stop('guest', SUB);
    expect(viewed.has('guest')).toBe(false);
    a.stop('host', BIG);
    expect(viewed.has('host')).toBe(true);
    b.videoStopped('host', false); // video paused: the view stays
    expect(viewed.has('host')).toBe(true);
    b.videoStopped('host', true); // the user left: its view goes
    expect(viewed.has('host')).toBe(false);
  });

  it('forgets the views of a session that ended', () => {
    const viewed = new ViewedUsers();
    const views = new RemoteViews(viewed);
    views.start('a', BIG);
    views.start('b', BIG);
    views.clearViews();
    expect([viewed.has('a'), viewed.has('b')]).toEqual([false, false]);
    views.stop('a', BIG); // stopping a view that is gone changes nothing
    expect(viewed.has('a')).toBe(false);
  });
});
