import { timingSafeEqual } from 'node:crypto';
import { inflateSync } from 'node:zlib';

import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import { SandboxFailure } from '../common/sandbox-failure';
import { TLS_SIG_VERSION, tlsSigHmac, unescapeBase64, type TlsSigDocument } from './tls-sig-format';

/** What a userSig must match. */
export interface UserSigClaim {
  userId: string;
  sdkAppId: number;
  userSig: string;
  /** The cloud's time in milliseconds. */
  nowMs: number;
}

function invalid(reason: string): SandboxFailure {
  return new SandboxFailure(TXLiteAVError.ERR_USER_SIG_INVALID, `userSig rejected: ${reason}`);
}

function decode(userSig: string): TlsSigDocument | undefined {
  try {
    const json = inflateSync(Buffer.from(unescapeBase64(userSig), 'base64')).toString('utf8');
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as TlsSigDocument) : undefined;
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Verifies a TLS v2 userSig the way Tencent's server does: unescape, base64-decode, inflate, parse,
 * recompute the HMAC with the app's secret key, then check identifier, sdkAppId and expiry.
 * Every failure is ERR_USER_SIG_INVALID (-3320); the message names the cause and the matching
 * server code (ERR_SERVER_SSO_*) the real service would log.
 */
export function verifyUserSig(secretKey: string, claim: UserSigClaim): SandboxFailure | undefined {
  const doc = decode(claim.userSig);
  if (!doc) return invalid('not a TLS v2 signature (base64 + zlib + JSON)');
  const identifier = doc['TLS.identifier'];
  const sdkAppId = doc['TLS.sdkappid'];
  const time = doc['TLS.time'];
  const expire = doc['TLS.expire'];
  const sig = doc['TLS.sig'];
  const userBuf = doc['TLS.userbuf'];
  if (
    doc['TLS.ver'] !== TLS_SIG_VERSION ||
    typeof identifier !== 'string' ||
    typeof sdkAppId !== 'number' ||
    typeof time !== 'number' ||
    typeof expire !== 'number' ||
    typeof sig !== 'string' ||
    (userBuf !== undefined && typeof userBuf !== 'string')
  ) {
    return invalid(`missing or mistyped TLS fields (need TLS.ver "${TLS_SIG_VERSION}", identifier, sdkappid, time, expire, sig)`);
  }
  if (!sameText(tlsSigHmac(secretKey, { identifier, sdkAppId, time, expire, userBuf }), sig)) {
    return invalid(`signature does not match this app's secret key (ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_7 ${TXLiteAVError.ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_7})`);
  }
  if (identifier !== claim.userId) {
    return invalid(`signed for "${identifier}", not "${claim.userId}" (ERR_SERVER_SSO_SIG_VERIFICATION_ID_NOT_MATCH ${TXLiteAVError.ERR_SERVER_SSO_SIG_VERIFICATION_ID_NOT_MATCH})`);
  }
  if (sdkAppId !== claim.sdkAppId) {
    return invalid(`signed for sdkAppId ${sdkAppId}, not ${claim.sdkAppId} (ERR_SERVER_SSO_APPID_NOT_MATCH ${TXLiteAVError.ERR_SERVER_SSO_APPID_NOT_MATCH})`);
  }
  if (time + expire <= Math.floor(claim.nowMs / 1000)) {
    return invalid(`expired at ${new Date((time + expire) * 1000).toISOString()} (ERR_SERVER_SSO_SIG_EXPIRED ${TXLiteAVError.ERR_SERVER_SSO_SIG_EXPIRED})`);
  }
  return undefined;
}
