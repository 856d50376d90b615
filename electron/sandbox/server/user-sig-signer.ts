import { deflateSync } from 'node:zlib';

import { escapeBase64, TLS_SIG_VERSION, tlsSigHmac, type TlsSigDocument } from './tls-sig-format';

/** What to sign. */
export interface UserSigRequest {
  userId: string;
  sdkAppId: number;
  /** Validity in seconds from `nowMs`. */
  expireSeconds: number;
  /** Signing time in milliseconds (the cloud's clock). */
  nowMs: number;
}

/**
 * Signs a TLS v2 userSig exactly as tls-sig-api-v2's genUserSig does, but at the given time, so that a
 * sandbox on a virtual clock issues sigs valid on that clock (the sandbox plays the app server).
 */
export function signUserSig(secretKey: string, request: UserSigRequest): string {
  const time = Math.floor(request.nowMs / 1000);
  const fields = { identifier: request.userId, sdkAppId: request.sdkAppId, time, expire: request.expireSeconds };
  const doc: TlsSigDocument = {
    'TLS.ver': TLS_SIG_VERSION,
    'TLS.identifier': fields.identifier,
    'TLS.sdkappid': fields.sdkAppId,
    'TLS.time': time,
    'TLS.expire': fields.expire,
    'TLS.sig': tlsSigHmac(secretKey, fields),
  };
  return escapeBase64(deflateSync(Buffer.from(JSON.stringify(doc))).toString('base64'));
}
