import { TRTCRoleType, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxHarness } from '../../testing/sandbox-harness';
import { roomMixInputs } from './room-mix-inputs';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const ROOM = 29834;

describe('roomMixInputs', () => {
  function room() {
    const sandbox = new SandboxHarness();
    sandbox.publishingAnchor('host', ROOM);
    const guest = sandbox.publishingAnchor('guest', ROOM);
    sandbox.enter('fan', ROOM, { role: TRTCRoleType.TRTCRoleAudience });
    sandbox.publishingAnchor('robot', ROOM);
    const inputs = roomMixInputs(sandbox.cloud.server, (member) => member.userId === 'robot');
    return { sandbox, guest, inputs };
  }

  it("gives a publishing member's camera picture at the time asked, at its encoder size", () => {
    const { sandbox, inputs } = room();
    const picture = inputs.find(ROOM, 'host')?.picture(BIG, sandbox.clock.now());
    expect(picture).toMatchObject({ width: 640, height: 360 });
    expect(picture?.data.length).toBe(640 * 360 * 1.5);
  });

  it('gives no picture while the video is muted or the network is down, and nobody for a user not there', () => {
    const { sandbox, guest, inputs } = room();
    guest.trtc.muteLocalVideo(true);
    sandbox.cloud.dropConnection('host', 10_000);
    sandbox.advance(100);
    expect(inputs.find(ROOM, 'guest')?.picture(BIG, sandbox.clock.now())).toBeUndefined();
    expect(inputs.find(ROOM, 'host')?.picture(BIG, sandbox.clock.now())).toBeUndefined();
    expect(inputs.find(ROOM, 'nobody')).toBeUndefined();
  });

  it('offers the anchors who send something, in entry order, without the audience or robots', () => {
    const { inputs } = room();
    expect(inputs.anchors(ROOM).map((source) => source.userId)).toEqual(['host', 'guest']);
  });
});
