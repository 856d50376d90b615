import { TRTCAppScene } from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxTRTCCloud } from './client/sandbox-trtc-cloud';
import { SandboxHarness } from './testing/sandbox-harness';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

/** A client without listeners (as a virtual participant is), entered into a room. */
function unheardClient(sandbox: SandboxHarness, userId: string, roomId: number): SandboxTRTCCloud {
  const trtc = new SandboxTRTCCloud(sandbox.cloud);
  trtc.enterRoom(sandbox.params(userId, roomId), LIVE);
  sandbox.advance();
  return trtc;
}

describe('callbacks of a client nobody listens to', () => {
  it('reach a listener added after the call but before they are due', () => {
    const sandbox = new SandboxHarness();
    const trtc = new SandboxTRTCCloud(sandbox.cloud);
    trtc.setCurrentCameraDevice('missing');
    const errors: unknown[][] = [];
    trtc.on('onError', (...args: unknown[]) => errors.push(args));
    sandbox.advance();
    expect(errors).toHaveLength(1);
  });

  it('are gone once due: a later listener hears only what happens from then on, as with any EventEmitter', () => {
    const sandbox = new SandboxHarness();
    const viewer = unheardClient(sandbox, 'viewer', 1);
    sandbox.publishingAnchor('host', 1);
    const heard: string[] = [];
    viewer.on('onRemoteUserLeaveRoom', (userId: string) => heard.push(`left ${userId}`));
    viewer.on('onRemoteUserEnterRoom', (userId: string) => heard.push(`entered ${userId}`));
    sandbox.publishingAnchor('guest', 1);
    sandbox.cloud.removeUser(1, 'host');
    sandbox.advance();
    expect(heard).toEqual(['entered guest', 'left host']);
  });

  it('go unheard again once the last listener is removed, and reach the next one in order', () => {
    const sandbox = new SandboxHarness();
    const viewer = unheardClient(sandbox, 'viewer', 1);
    const heard: string[] = [];
    const entered = (userId: string) => heard.push(`entered ${userId}`);
    viewer.on('onRemoteUserEnterRoom', entered);
    sandbox.publishingAnchor('a', 1);
    viewer.off('onRemoteUserEnterRoom', entered);
    sandbox.publishingAnchor('b', 1);
    sandbox.cloud.removeUser(1, 'b'); // the viewer is told at once, to be delivered later
    viewer.on('onRemoteUserLeaveRoom', (userId: string) => heard.push(`left ${userId}`));
    viewer.on('onRemoteUserEnterRoom', entered);
    sandbox.advance();
    sandbox.publishingAnchor('c', 1);
    expect(heard).toEqual(['entered a', 'left b', 'entered c']);
  });
});
