import { TRTCAppScene, TRTCRoleType, TRTCVideoEncParam, TRTCVideoResolution } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxHarness } from './testing/sandbox-harness';

describe('callback delivery', () => {
  it('never delivers a callback inside the call that caused it', () => {
    const sandbox = new SandboxHarness();
    const peer = sandbox.publishingAnchor('peer', 978);
    const client = sandbox.client();
    const calls: (() => void)[] = [
      () => client.trtc.enterRoom(sandbox.params('bad user', 1), TRTCAppScene.TRTCAppSceneLIVE),
      () => client.trtc.enterRoom(sandbox.params('me', 1), TRTCAppScene.TRTCAppSceneLIVE),
      () => client.trtc.enterRoom(sandbox.params('me', 1), TRTCAppScene.TRTCAppSceneLIVE),
      () => client.trtc.startLocalPreview(null),
      () => client.trtc.startLocalAudio(),
      () => client.trtc.setVideoEncoderParam({ ...new TRTCVideoEncParam(), videoResolution: 1234 as TRTCVideoResolution }),
      () => client.trtc.setCurrentCameraDevice('missing'),
      () => client.trtc.switchRole(TRTCRoleType.TRTCRoleAudience),
      () => client.trtc.switchRole(TRTCRoleType.TRTCRoleAnchor),
      () => client.trtc.connectOtherRoom('{"roomId": 978, "userId": "peer"}'),
      () => client.trtc.disconnectOtherRoom(),
      () => sandbox.cloud.dropConnection('me', 100),
      () => sandbox.cloud.removeUser(1, 'me'),
    ];
    for (const call of calls) {
      const before = client.events.events.length + peer.events.events.length;
      call();
      expect(client.events.events.length + peer.events.events.length).toBe(before);
      sandbox.advance();
    }
    expect(client.events.count('onError')).toBeGreaterThanOrEqual(3);
    expect(client.events.last('onExitRoom')).toEqual([1]);
  });

  it('delivers callbacks queued by a listener after that listener returns, in posting order', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    const order: string[] = [];
    client.trtc.on('onEnterRoom', () => {
      client.trtc.switchRole(TRTCRoleType.TRTCRoleAnchor);
      client.trtc.startLocalPreview(null);
      order.push('onEnterRoom returns');
    });
    client.trtc.on('onSwitchRole', () => order.push('onSwitchRole'));
    client.trtc.on('onFirstVideoFrame', () => order.push('onFirstVideoFrame'));
    client.trtc.enterRoom(sandbox.params('me', 1), TRTCAppScene.TRTCAppSceneLIVE);
    sandbox.advance();
    expect(order[0]).toBe('onEnterRoom returns');
    expect(order.slice(1).sort()).toEqual(['onFirstVideoFrame', 'onSwitchRole']);
  });

  it('keeps each client’s order even when a later callback has a shorter latency', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.enter('me', 1);
    client.events.clear();
    // onExitRoom waits for device release; the error for the next call has no latency but must come after it.
    client.trtc.exitRoom();
    client.trtc.setCurrentMicDevice('missing');
    sandbox.advance();
    expect(client.events.log().map((entry) => entry.slice(0, entry.indexOf('(')))).toEqual(['onExitRoom', 'onError']);
  });
});
