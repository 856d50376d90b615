import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ANCHOR_SEATS_FULL, BAD_SCENE, ROOM_FULL } from './common/sandbox-codes';
import { SandboxHarness } from './testing/sandbox-harness';

const { TRTCAppSceneLIVE: LIVE, TRTCAppSceneVoiceChatRoom: VOICE_CHAT, TRTCAppSceneVideoCall: VIDEO_CALL, TRTCAppSceneAudioCall: AUDIO_CALL } = TRTCAppScene;
const { TRTCRoleAnchor: ANCHOR, TRTCRoleAudience: AUDIENCE } = TRTCRoleType;

describe('scenes and room limits', () => {
  it('refuses a scene different from the room’s with ERR_SERVER_INFO_BAD_SCENE_OR_ROLE', () => {
    const sandbox = new SandboxHarness();
    sandbox.enter('host', 1, { scene: LIVE });
    const caller = sandbox.enter('caller', 1, { scene: VIDEO_CALL });
    expect(caller.events.log()).toEqual([expect.stringMatching(/^onError\(-100011,room 1 is a TRTCAppSceneLIVE room; enterRoom used TRTCAppSceneVideoCall/), `onEnterRoom(${BAD_SCENE})`]);
    expect(sandbox.cloud.getRoom(1)?.members).toHaveLength(1);
  });

  it.each([VIDEO_CALL, AUDIO_CALL])('makes everyone an anchor in call scene %s, whatever the role asked', (scene) => {
    const sandbox = new SandboxHarness();
    const first = sandbox.enter('first', 1, { scene });
    sandbox.enter('second', 1, { scene, role: AUDIENCE });
    expect(first.events.log()).toContain('onRemoteUserEnterRoom(second)');
    expect(sandbox.cloud.getRoom(1)?.members.map((m) => m.role)).toEqual([ANCHOR, ANCHOR]);
  });

  it.each([LIVE, VOICE_CHAT])('announces only anchors in live scene %s', (scene) => {
    const sandbox = new SandboxHarness();
    const host = sandbox.enter('host', 1, { scene });
    const viewer = sandbox.enter('viewer', 1, { scene, role: AUDIENCE });
    expect(host.events.log()).not.toContain('onRemoteUserEnterRoom(viewer)');
    expect(viewer.events.log()).toContain('onRemoteUserEnterRoom(host)');
  });

  it('caps call rooms at maxCallMembers with ERR_SERVER_CENTER_ROOM_FULL', () => {
    const sandbox = new SandboxHarness({ maxCallMembers: 2 });
    sandbox.enter('a', 1, { scene: VIDEO_CALL });
    sandbox.enter('b', 1, { scene: VIDEO_CALL });
    const third = sandbox.enter('c', 1, { scene: VIDEO_CALL });
    expect(third.events.last('onEnterRoom')).toEqual([ROOM_FULL]);
    expect(third.events.last('onError')?.[1]).toMatch(/room 1 is full: 2 members in a call/);
  });

  it('caps live rooms at maxLiveOnline, virtual audience included', () => {
    const sandbox = new SandboxHarness({ maxLiveOnline: 5 });
    sandbox.enter('host', 1);
    expect(sandbox.cloud.addVirtualAudience(1, 3)).toBe(3);
    expect(sandbox.cloud.onlineCount(1)).toBe(4);
    const fifth = sandbox.enter('viewer_5', 1, { role: AUDIENCE });
    expect(fifth.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
    const sixth = sandbox.enter('viewer_6', 1, { role: AUDIENCE });
    expect(sixth.events.last('onEnterRoom')).toEqual([ROOM_FULL]);
    sandbox.cloud.addVirtualAudience(1, -1);
    sandbox.enterWith(sixth, 'viewer_6', 1, { role: AUDIENCE });
    expect(sixth.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
  });

  it('holds 100,000 online as a number, and never more than the cap', () => {
    const sandbox = new SandboxHarness();
    sandbox.enter('host', 1);
    expect(sandbox.cloud.addVirtualAudience(1, 99_999)).toBe(99_999);
    expect(sandbox.cloud.getRoom(1)).toMatchObject({ onlineCount: 100_000, virtualAudience: 99_999, members: [expect.objectContaining({ userId: 'host' })] });
    expect(sandbox.cloud.addVirtualAudience(1, 10)).toBe(99_999);
    const late = sandbox.enter('late', 1, { role: AUDIENCE });
    expect(late.events.last('onEnterRoom')).toEqual([ROOM_FULL]);
  });

  it('refuses virtual audience for missing rooms, call rooms and fractional counts', () => {
    const sandbox = new SandboxHarness();
    sandbox.enter('caller', 2, { scene: VIDEO_CALL });
    sandbox.enter('host', 1);
    expect(() => sandbox.cloud.addVirtualAudience(99, 1)).toThrow(/room 99 does not exist/);
    expect(() => sandbox.cloud.addVirtualAudience(2, 1)).toThrow(/room 2 is a call/);
    expect(() => sandbox.cloud.addVirtualAudience(1, 1.5)).toThrow(/integer/);
  });

  it('caps concurrent anchors at maxAnchors, on entry and on switchRole', () => {
    const sandbox = new SandboxHarness({ maxAnchors: 2 });
    sandbox.enter('a1', 1);
    sandbox.enter('a2', 1);
    const third = sandbox.enter('a3', 1);
    expect(third.events.last('onEnterRoom')).toEqual([ANCHOR_SEATS_FULL]);
    expect(third.events.last('onError')?.[1]).toMatch(/already has 2 anchors/);

    const viewer = sandbox.enter('viewer', 1, { role: AUDIENCE });
    viewer.trtc.switchRole(ANCHOR);
    sandbox.advance();
    expect(viewer.events.last('onSwitchRole')).toEqual([ANCHOR_SEATS_FULL, expect.stringMatching(/already has 2 anchors/)]);
    expect(sandbox.cloud.getRoom(1)?.members.find((m) => m.userId === 'viewer')?.role).toBe(AUDIENCE);
  });

  it('does not count a replaced session against the limits', () => {
    const sandbox = new SandboxHarness({ maxAnchors: 1, maxLiveOnline: 1 });
    const first = sandbox.enter('host', 1);
    const again = sandbox.enter('host', 1);
    expect(again.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
    expect(first.events.last('onExitRoom')).toEqual([1]);
    expect(sandbox.cloud.onlineCount(1)).toBe(1);
  });
});
