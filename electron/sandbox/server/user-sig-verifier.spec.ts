import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import { tencentSigner } from '../../engine/signing/tencent-signer';
import { signUserSig } from './user-sig-signer';
import { verifyUserSig } from './user-sig-verifier';

const APP = 1400000001;
const KEY = 'sandbox-secret-key-0123456789abcdef';

describe('verifyUserSig', () => {
  const now = Date.now();
  const sig = tencentSigner(APP, KEY).genUserSig('anchor_1', 3600);

  it("accepts a sig made by Tencent's tls-sig-api-v2 for the same user, app and key", () => {
    expect(verifyUserSig(KEY, { userId: 'anchor_1', sdkAppId: APP, userSig: sig, nowMs: now })).toBeUndefined();
  });

  it.each([
    ['another user', { userId: 'anchor_2' }, /signed for "anchor_1"/],
    ['another sdkAppId', { sdkAppId: APP + 1 }, /sdkAppId 1400000001, not 1400000002/],
    ['an expired sig', { nowMs: now + 3601 * 1000 }, /expired/],
    ['garbage', { userSig: 'eJyrVareCeYrSy1SslI' }, /not a TLS v2 signature/],
  ])('rejects %s with ERR_USER_SIG_INVALID', (_label, change, message) => {
    const failure = verifyUserSig(KEY, { userId: 'anchor_1', sdkAppId: APP, userSig: sig, nowMs: now, ...change });
    expect(failure?.code).toBe(TXLiteAVError.ERR_USER_SIG_INVALID);
    expect(failure?.message).toMatch(message);
  });

  it('rejects a sig signed with another key', () => {
    const forged = tencentSigner(APP, 'another-key').genUserSig('anchor_1', 3600);
    expect(verifyUserSig(KEY, { userId: 'anchor_1', sdkAppId: APP, userSig: forged, nowMs: now })?.message).toMatch(/secret key/);
  });
});

describe('signUserSig', () => {
  it('produces sigs that verify on the signing clock and expire after their validity', () => {
    const signedAt = Date.UTC(2026, 0, 1);
    const sig = signUserSig(KEY, { userId: 'guest', sdkAppId: APP, expireSeconds: 60, nowMs: signedAt });
    expect(verifyUserSig(KEY, { userId: 'guest', sdkAppId: APP, userSig: sig, nowMs: signedAt + 59_000 })).toBeUndefined();
    expect(verifyUserSig(KEY, { userId: 'guest', sdkAppId: APP, userSig: sig, nowMs: signedAt + 60_000 })?.code).toBe(TXLiteAVError.ERR_USER_SIG_INVALID);
  });

  it("matches tls-sig-api-v2's output byte for byte when signing at the same second", () => {
    const reference = tencentSigner(APP, KEY).genUserSig('anchor_1', 86400);
    const ours = signUserSig(KEY, { userId: 'anchor_1', sdkAppId: APP, expireSeconds: 86400, nowMs: Date.now() });
    // Both sign at "now"; a second boundary between the two calls is the only allowed difference.
    const again = tencentSigner(APP, KEY).genUserSig('anchor_1', 86400);
    expect([reference, again]).toContain(ours);
  });
});
