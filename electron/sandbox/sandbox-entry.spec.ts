import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCParams } from 'trtc-electron-sdk/liteav/trtc_define';

import { VirtualClock } from '../time/clock';
import { ALREADY_IN_ROOM, REPLACED_BY_NEWER_LOGIN } from './common/sandbox-codes';
import { ExitReason, LeaveReason } from './common/sdk-reasons';
import { SandboxHarness } from './testing/sandbox-harness';
import { tencentSigner } from '../engine/signing/tencent-signer';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

describe('enterRoom', () => {
  it('reports success asynchronously with a plausible elapsed time', () => {
    const sandbox = new SandboxHarness();
    const anchor = sandbox.client();
    const calledAt = sandbox.clock.now();
    anchor.trtc.enterRoom(sandbox.params('anchor', 29834), LIVE);
    expect(anchor.events.events).toEqual([]);
    sandbox.advance();
    const [[elapsed]] = anchor.events.all('onEnterRoom');
    expect(elapsed).toBeGreaterThanOrEqual(80);
    expect(elapsed).toBeLessThanOrEqual(400);
    expect(anchor.events.events[0].at - calledAt).toBe(elapsed);
    expect(sandbox.cloud.getRoom(29834)?.members.map((m) => m.userId)).toEqual(['anchor']);
  });

  it('draws entry latencies from the seed: same seed, same run', () => {
    const elapsedWith = (seed: number) => {
      const sandbox = new SandboxHarness({ seed });
      return ['a', 'b', 'c'].map((userId) => sandbox.enter(userId, 1).events.last('onEnterRoom')?.[0]);
    };
    expect(elapsedWith(7)).toEqual(elapsedWith(7));
    expect(elapsedWith(7)).not.toEqual(elapsedWith(8));
  });

  it.each([
    ['null params', () => null, TXLiteAVError.ERR_ENTER_ROOM_PARAM_NULL],
    ['a bad sdkAppId', (p: TRTCParams) => ({ ...p, sdkAppId: 0 }), TXLiteAVError.ERR_SDK_APPID_INVALID],
    ['a bad roomId', (p: TRTCParams) => ({ ...p, roomId: 4294967295 }), TXLiteAVError.ERR_ROOM_ID_INVALID],
    ['a bad userId', (p: TRTCParams) => ({ ...p, userId: 'no spaces' }), TXLiteAVError.ERR_USER_ID_INVALID],
    ['an empty userSig', (p: TRTCParams) => ({ ...p, userSig: '' }), TXLiteAVError.ERR_USER_SIG_INVALID],
  ])('fails with %s: onError then onEnterRoom(code), later, and changes nothing', (_label, change, code) => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.enterRoom(change(sandbox.params('anchor', 29834)) as TRTCParams, LIVE);
    expect(client.events.events).toEqual([]);
    sandbox.advance();
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${code},`)), `onEnterRoom(${code})`]);
    expect(sandbox.cloud.listRooms()).toEqual([]);
    // The client is still free to enter.
    sandbox.enterWith(client, 'anchor', 29834);
    expect(client.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
  });

  it('enforces the sdkAppId the cloud was given', () => {
    const sandbox = new SandboxHarness({ sdkAppId: 1400000123 });
    const client = sandbox.client();
    client.trtc.enterRoom({ ...sandbox.params('anchor', 1), sdkAppId: 1400000999 }, LIVE);
    sandbox.advance();
    expect(client.events.last('onEnterRoom')).toEqual([TXLiteAVError.ERR_SDK_APPID_INVALID]);
    expect(client.events.last('onError')?.[1]).toMatch(/1400000999 is not this app's \(1400000123\)/);
  });

  it('accepts any valid sdkAppId when none was configured', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.client();
    client.trtc.enterRoom({ ...sandbox.params('anchor', 1), sdkAppId: 1400000123 }, LIVE);
    sandbox.advance();
    expect(client.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
  });

  describe('with a secret key', () => {
    const KEY = 'f'.repeat(64);
    const APP = 1400000123;
    // tls-sig-api-v2 signs with the real Date.now(), so the cloud's clock starts there too.
    const sandboxWithKey = () => new SandboxHarness({ clock: new VirtualClock(Date.now()), sdkAppId: APP, secretKey: KEY });

    it("admits a userSig from Tencent's tls-sig-api-v2", () => {
      const sandbox = sandboxWithKey();
      const client = sandbox.client();
      client.trtc.enterRoom({ ...sandbox.params('anchor', 1), userSig: tencentSigner(APP, KEY).genUserSig('anchor', 600) }, LIVE);
      sandbox.advance();
      expect(client.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
    });

    it.each([
      ['signed for another user', () => tencentSigner(APP, KEY).genUserSig('someone_else', 600), 0],
      ['signed with another key', () => tencentSigner(APP, 'other').genUserSig('anchor', 600), 0],
      ['expired on the cloud clock', () => tencentSigner(APP, KEY).genUserSig('anchor', 600), 601_000],
    ])('refuses a userSig %s with ERR_USER_SIG_INVALID', (_label, sign, laterMs) => {
      const sandbox = sandboxWithKey();
      const userSig = sign();
      sandbox.advance(laterMs);
      const client = sandbox.client();
      client.trtc.enterRoom({ ...sandbox.params('anchor', 1), userSig }, LIVE);
      sandbox.advance();
      expect(client.events.log()).toEqual([expect.stringMatching(/^onError\(-3320,userSig rejected/), 'onEnterRoom(-3320)']);
      expect(sandbox.cloud.listRooms()).toEqual([]);
    });
  });

  it("issues userSigs from signUserSig that its own verification accepts, on its own clock", () => {
    const sandbox = new SandboxHarness({ sdkAppId: 1400000123, secretKey: 'k'.repeat(32) });
    expect(sandbox.clock.now()).toBe(Date.UTC(2026, 0, 1));
    const client = sandbox.client();
    client.trtc.enterRoom({ ...sandbox.params('anchor', 1), userSig: sandbox.cloud.signUserSig('anchor', 1400000123, 60) }, LIVE);
    sandbox.advance();
    expect(client.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
    const late = sandbox.client();
    const shortLived = sandbox.cloud.signUserSig('late', 1400000123, 60);
    sandbox.advance(60_000);
    late.trtc.enterRoom({ ...sandbox.params('late', 1), userSig: shortLived }, LIVE);
    sandbox.advance();
    expect(late.events.last('onEnterRoom')).toEqual([TXLiteAVError.ERR_USER_SIG_INVALID]);
  });

  it.each(['__proto__', 'constructor', 'toString'])('handles the valid userId %s like any other', (userId) => {
    const sandbox = new SandboxHarness();
    const viewer = sandbox.enter('viewer', 1, { role: 21 });
    const odd = sandbox.publishingAnchor(userId, 1);
    odd.trtc.exitRoom();
    sandbox.advance();
    expect(viewer.events.log()).toEqual([
      expect.stringMatching(/^onEnterRoom/),
      `onRemoteUserEnterRoom(${userId})`,
      `onUserVideoAvailable(${userId},1)`,
      `onUserAudioAvailable(${userId},1)`,
      `onUserVideoAvailable(${userId},0)`,
      `onUserAudioAvailable(${userId},0)`,
      `onRemoteUserLeaveRoom(${userId},0)`,
    ]);
  });

  it('keeps numeric room 978 and strRoomId "978" apart', () => {
    const sandbox = new SandboxHarness();
    sandbox.publishingAnchor('numeric', 978);
    const byString = sandbox.enter('stringy', '978');
    expect(byString.events.count('onRemoteUserEnterRoom')).toBe(0);
    expect(sandbox.cloud.getRoom(978)?.members.map((m) => m.userId)).toEqual(['numeric']);
    expect(sandbox.cloud.getRoom('978')?.members.map((m) => m.userId)).toEqual(['stringy']);
  });

  it('times out after 5 s when the service was told to drop the request', () => {
    const sandbox = new SandboxHarness();
    sandbox.cloud.timeoutNextEnter();
    const client = sandbox.client();
    client.trtc.enterRoom(sandbox.params('anchor', 1), LIVE);
    sandbox.advance(4999);
    expect(client.events.events).toEqual([]);
    sandbox.advance(1);
    expect(client.events.log()).toEqual([expect.stringMatching(/^onError\(-3308,/), 'onEnterRoom(-3308)']);
    expect(sandbox.cloud.listRooms()).toEqual([]);
    // Only the next request is affected.
    sandbox.enterWith(client, 'anchor', 1);
    expect(client.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
  });

  it('refuses a second enterRoom before exitRoom with an error, keeping the current session', () => {
    const sandbox = new SandboxHarness();
    const client = sandbox.enter('anchor', 1);
    client.events.clear();
    client.trtc.enterRoom(sandbox.params('anchor', 2), LIVE);
    sandbox.advance();
    expect(client.events.log()).toEqual([expect.stringMatching(new RegExp(`^onError\\(${ALREADY_IN_ROOM},enterRoom: already in room 1`))]);
    expect(sandbox.cloud.getRoom(1)?.members).toHaveLength(1);
    expect(sandbox.cloud.getRoom(2)).toBeUndefined();
  });

  it('shows a joiner every visible anchor already there, with what each publishes', () => {
    const sandbox = new SandboxHarness();
    sandbox.publishingAnchor('host', 29834);
    const cohost = sandbox.enter('cohost', 29834);
    cohost.trtc.startLocalAudio();
    sandbox.enter('viewer_1', 29834, { role: 21 });
    sandbox.advance();
    const joiner = sandbox.enter('viewer_2', 29834, { role: 21 });
    expect(joiner.events.log()).toEqual([
      expect.stringMatching(/^onEnterRoom\(\d+\)$/),
      'onRemoteUserEnterRoom(host)',
      'onUserVideoAvailable(host,1)',
      'onUserAudioAvailable(host,1)',
      'onRemoteUserEnterRoom(cohost)',
      'onUserAudioAvailable(cohost,1)',
    ]);
  });

  it('lets a newer session of the same userId win: the older gets an error and onExitRoom(1)', () => {
    const sandbox = new SandboxHarness();
    const older = sandbox.publishingAnchor('anchor', 1);
    const viewer = sandbox.enter('viewer', 1, { role: 21 });
    viewer.events.clear();
    const newer = sandbox.enter('anchor', 1);
    expect(older.events.log().slice(-2)).toEqual([expect.stringMatching(new RegExp(`^onError\\(${REPLACED_BY_NEWER_LOGIN},anchor entered room 1 again`)), `onExitRoom(${ExitReason.Kicked})`]);
    expect(newer.events.last('onEnterRoom')?.[0]).toBeGreaterThan(0);
    expect(viewer.events.log()).toEqual([
      'onUserVideoAvailable(anchor,0)',
      'onUserAudioAvailable(anchor,0)',
      `onRemoteUserLeaveRoom(anchor,${LeaveReason.Removed})`,
      'onRemoteUserEnterRoom(anchor)',
    ]);
    expect(sandbox.cloud.getRoom(1)?.members.map((m) => m.userId)).toEqual(['viewer', 'anchor']);
  });
});
