import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

describe('exitRoom', () => {
  it('stops capture first, tells others (availability 0, leave 0), then reports onExitRoom(0) after a short delay', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    const localFrames = collectFrames(host.trtc);
    viewer.events.clear();
    host.events.clear();
    const calledAt = sandbox.clock.now();
    host.trtc.exitRoom();
    expect(host.events.events).toEqual([]);
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserVideoAvailable(host,0)', 'onUserAudioAvailable(host,0)', 'onRemoteUserLeaveRoom(host,0)']);
    const exit = host.events.events.find((event) => event.name === 'onExitRoom');
    expect(exit?.args).toEqual([0]);
    expect(exit!.at - calledAt).toBeGreaterThanOrEqual(20);
    expect(exit!.at).toBeGreaterThan(viewer.events.events.at(-1)!.at - 1);
    expect(localFrames).toEqual([]);
    expect(sandbox.cloud.getRoom(1)?.members.map((m) => m.userId)).toEqual(['viewer']);
  });

  it('does nothing outside a room, as the SDK', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.exitRoom();
    sandbox.advance();
    expect(client.events.events).toEqual([]);
  });

  it('cancels an entry still on its way and reports onExitRoom(0)', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.enterRoom(sandbox.params('early', 1), TRTCAppScene.TRTCAppSceneLIVE);
    client.trtc.exitRoom();
    sandbox.advance();
    expect(client.events.log()).toEqual(['onExitRoom(0)']);
    expect(sandbox.cloud.listRooms()).toEqual([]);
  });

  it('removes the room with its last member, and a later entry starts afresh', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1, { scene: TRTCAppScene.TRTCAppSceneVideoCall });
    host.trtc.exitRoom();
    sandbox.advance();
    expect(sandbox.cloud.listRooms()).toEqual([]);
    sandbox.enterWith(host, 'host', 1, { scene: TRTCAppScene.TRTCAppSceneLIVE });
    expect(sandbox.cloud.getRoom(1)?.scene).toBe(TRTCAppScene.TRTCAppSceneLIVE);
  });
});

describe('server administration', () => {
  it('removeUser: the user gets onExitRoom(1), those who saw it onRemoteUserLeaveRoom(userId, 2)', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const cohost = sandbox.enter('cohost', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    host.events.clear();
    viewer.events.clear();
    expect(sandbox.cloud.removeUser(1, 'cohost')).toBe(true);
    sandbox.advance();
    expect(cohost.events.last('onExitRoom')).toEqual([1]);
    expect(host.events.log()).toEqual(['onRemoteUserLeaveRoom(cohost,2)']);
    expect(viewer.events.log()).toEqual(['onRemoteUserLeaveRoom(cohost,2)']);
  });

  it('removeUser of an audience member tells nobody else', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    host.events.clear();
    sandbox.cloud.removeUser(1, 'viewer');
    sandbox.advance();
    expect(viewer.events.last('onExitRoom')).toEqual([1]);
    expect(host.events.log()).toEqual([]);
  });

  it('removeUser tells numeric and string room ids apart and reports unknown users', () => {
    const sandbox = new SandboxHarness();
    sandbox.enter('host', 978);
    expect(sandbox.cloud.removeUser('978', 'host')).toBe(false);
    expect(sandbox.cloud.removeUser(978, 'nobody')).toBe(false);
    expect(sandbox.cloud.removeUser(978, 'host')).toBe(true);
  });

  it('dismissRoom: everyone gets onExitRoom(2) and the room is gone', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 'studio');
    const viewer = sandbox.enter('viewer', 'studio', { role: AUDIENCE });
    host.events.clear();
    viewer.events.clear();
    expect(sandbox.cloud.dismissRoom('studio')).toBe(true);
    sandbox.advance();
    expect(host.events.log()).toEqual(['onExitRoom(2)']);
    expect(viewer.events.log()).toEqual(['onExitRoom(2)']);
    expect(sandbox.cloud.getRoom('studio')).toBeUndefined();
    expect(sandbox.cloud.dismissRoom('studio')).toBe(false);
  });

  it('lets a removed client enter again', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    sandbox.cloud.removeUser(1, 'host');
    sandbox.advance();
    sandbox.enterWith(host, 'host', 1);
    expect(host.events.all('onEnterRoom')).toHaveLength(2);
    expect(sandbox.cloud.onlineCount(1)).toBe(1);
  });

  it('describes rooms, members and links for an admin panel', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 29834);
    sandbox.publishingAnchor('userB', 978);
    sandbox.enter('viewer', 29834, { role: AUDIENCE });
    sandbox.cloud.addVirtualAudience(29834, 1000);
    host.trtc.connectOtherRoom('{"roomId": 978, "userId": "userB"}');
    sandbox.advance();
    const link = { caller: { roomId: 29834, userId: 'host' }, target: { roomId: 978, userId: 'userB' } };
    expect(sandbox.cloud.getRoom(29834)).toEqual({
      roomId: 29834,
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      members: [
        { userId: 'host', role: TRTCRoleType.TRTCRoleAnchor, publishingVideo: true, publishingAudio: true, connectionDown: false, sharingScreen: false, enteredAt: expect.any(Number) },
        { userId: 'viewer', role: AUDIENCE, publishingVideo: false, publishingAudio: false, connectionDown: false, sharingScreen: false, enteredAt: expect.any(Number) },
      ],
      anchorCount: 1,
      virtualAudience: 1000,
      onlineCount: 1002,
      links: [link],
    });
    expect(sandbox.cloud.listRooms().map((room) => room.roomId)).toEqual([29834, 978]);
    expect(sandbox.cloud.listLinks()).toEqual([link]);
  });
});

describe('destroy', () => {
  it('leaves silently for itself, visibly for others (leave 0), and stops every timer', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    const host = sandbox.client();
    host.trtc.startLocalPreview(null);
    host.trtc.startLocalAudio();
    host.trtc.enableAudioVolumeEvaluation(300);
    sandbox.enterWith(host, 'host', 1);
    viewer.trtc.destroy();
    viewer.events.clear();
    sandbox.advance();
    expect(sandbox.clock.pendingTimers()).toBeGreaterThan(0);
    host.events.clear();
    host.trtc.destroy();
    sandbox.advance(5000);
    expect(host.events.events).toEqual([]);
    expect(sandbox.clock.pendingTimers()).toBe(0);
    expect(sandbox.cloud.listRooms()).toEqual([]);
  });

  it('tells others the destroyed user left with reason 0', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.events.clear();
    host.trtc.destroy();
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserVideoAvailable(host,0)', 'onUserAudioAvailable(host,0)', 'onRemoteUserLeaveRoom(host,0)']);
  });

  it('ignores calls after destroy', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.destroy();
    client.trtc.enterRoom(sandbox.params('late', 1), TRTCAppScene.TRTCAppSceneLIVE);
    client.trtc.startLocalPreview(null);
    sandbox.advance();
    expect(sandbox.cloud.listRooms()).toEqual([]);
    expect(sandbox.clock.pendingTimers()).toBe(0);
  });
});
