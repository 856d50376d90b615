import { TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { BAD_SCENE, INVALID_ROLE, NOT_IN_ROOM } from './common/sandbox-codes';
import { collectFrames } from './testing/frame-collector';
import { SandboxHarness } from './testing/sandbox-harness';

const { TRTCRoleAnchor: ANCHOR, TRTCRoleAudience: AUDIENCE } = TRTCRoleType;
const IGNORED_UPSTREAM = TXLiteAVWarning.WARNING_IGNORE_UPSTREAM_FOR_AUDIENCE;

describe('roles', () => {
  it('publishes nothing for an audience member with capture on, and warns it when it tries', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.trtc.startLocalPreview(null);
    viewer.trtc.startLocalAudio();
    sandbox.advance();
    expect(viewer.events.all('onWarning').map(([code]) => code)).toEqual([IGNORED_UPSTREAM, IGNORED_UPSTREAM]);
    expect(viewer.events.count('onSendFirstLocalVideoFrame')).toBe(0);
    expect(host.events.log()).toEqual([expect.stringMatching(/^onEnterRoom/)]);
    expect(sandbox.cloud.getRoom(1)?.members[1]).toMatchObject({ userId: 'viewer', publishingVideo: false, publishingAudio: false });
  });

  it('warns an audience member entering with capture already on', () => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.client();
    viewer.trtc.startLocalPreview(null);
    sandbox.enterWith(viewer, 'viewer', 1, { role: AUDIENCE });
    expect(viewer.events.all('onWarning')).toEqual([[IGNORED_UPSTREAM, expect.stringMatching(/switchRole/)]]);
  });

  it('brings a co-anchor on mic with switchRole: onSwitchRole(0), then others see it enter and publish', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const other = sandbox.enter('other_viewer', 1, { role: AUDIENCE });
    const guest = sandbox.enter('guest', 1, { role: AUDIENCE });
    for (const client of [host, other, guest]) client.events.clear();
    guest.trtc.switchRole(ANCHOR);
    guest.trtc.startLocalAudio();
    guest.trtc.startLocalPreview(null);
    sandbox.advance();
    // No audience warning: the switch to anchor was asked for before the capture started.
    expect(guest.events.log('onSwitchRole', 'onWarning', 'onSendFirstLocalVideoFrame')).toEqual(['onSwitchRole(0,)', 'onSendFirstLocalVideoFrame(0)']);
    for (const watcher of [host, other]) {
      expect(watcher.events.log()).toEqual(['onRemoteUserEnterRoom(guest)', 'onUserVideoAvailable(guest,1)', 'onUserAudioAvailable(guest,1)']);
    }
    // The guest's frames reach the host.
    const frames = collectFrames(host.trtc, 'guest');
    host.trtc.startRemoteView('guest', null);
    sandbox.advance();
    expect(frames.length).toBeGreaterThan(10);
  });

  it('takes a co-anchor off mic (guide order: switchRole, stopLocalAudio, stopLocalPreview): availability to 0, then leave with reason 0', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.publishingAnchor('host', 1);
    const guest = sandbox.enter('guest', 1, { role: AUDIENCE });
    guest.trtc.switchRole(ANCHOR);
    guest.trtc.startLocalAudio();
    guest.trtc.startLocalPreview(null);
    sandbox.advance();
    host.events.clear();
    guest.trtc.switchRole(AUDIENCE);
    guest.trtc.stopLocalAudio();
    guest.trtc.stopLocalPreview();
    sandbox.advance();
    // The stops act at once; the role switch lands after its latency.
    expect(host.events.log()).toEqual(['onUserAudioAvailable(guest,0)', 'onUserVideoAvailable(guest,0)', 'onRemoteUserLeaveRoom(guest,0)']);
    expect(guest.events.last('onSwitchRole')).toEqual([0, '']);
  });

  it('makes a publishing anchor that switches to audience leave after its availability drops to 0', () => {
    const sandbox = new SandboxHarness();
    sandbox.publishingAnchor('host', 1);
    const cohost = sandbox.publishingAnchor('cohost', 1);
    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.events.clear();
    cohost.trtc.switchRole(AUDIENCE);
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onUserVideoAvailable(cohost,0)', 'onUserAudioAvailable(cohost,0)', 'onRemoteUserLeaveRoom(cohost,0)']);
    expect(sandbox.cloud.getRoom(1)?.members.find((m) => m.userId === 'cohost')).toMatchObject({ role: AUDIENCE, publishingVideo: false });
  });

  it('answers switchRole to the current role with success and no change', () => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1);
    const viewer = sandbox.enter('viewer', 1);
    viewer.events.clear();
    host.events.clear();
    viewer.trtc.switchRole(ANCHOR);
    sandbox.advance();
    expect(viewer.events.log()).toEqual(['onSwitchRole(0,)']);
    expect(host.events.log()).toEqual([]);
  });

  it('runs switchRole after a pending enterRoom, in call order', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.enterRoom(sandbox.params('guest', 1, AUDIENCE), TRTCAppScene.TRTCAppSceneLIVE);
    client.trtc.switchRole(ANCHOR);
    sandbox.advance();
    expect(client.events.log()).toEqual([expect.stringMatching(/^onEnterRoom\(\d+\)$/), 'onSwitchRole(0,)']);
    expect(sandbox.cloud.getRoom(1)?.members[0].role).toBe(ANCHOR);
  });

  it.each([
    ['outside a room', () => undefined, NOT_IN_ROOM],
    ['with an unknown role', () => 7, INVALID_ROLE],
    ['in a call scene', () => AUDIENCE, BAD_SCENE],
  ])('refuses switchRole %s', (label, role, code) => {
    const sandbox = new SandboxHarness();
    const client = label === 'outside a room' ? sandbox.client() : sandbox.enter('user', 1, label === 'in a call scene' ? { scene: TRTCAppScene.TRTCAppSceneVideoCall } : {});
    client.events.clear();
    client.trtc.switchRole((role() ?? AUDIENCE) as TRTCRoleType);
    sandbox.advance();
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onSwitchRole\\(${code},.+\\)$`))]);
  });
});
