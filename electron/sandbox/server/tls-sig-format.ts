import { createHmac } from 'node:crypto';

/** The JSON document inside a TLS v2 userSig, as tls-sig-api-v2's genSig writes it. */
export interface TlsSigDocument {
  'TLS.ver': string;
  'TLS.identifier': string;
  'TLS.sdkappid': number;
  'TLS.time': number;
  'TLS.expire': number;
  'TLS.sig': string;
  'TLS.userbuf'?: string;
}

/** The version string tls-sig-api-v2 writes into TLS.ver. */
export const TLS_SIG_VERSION = '2.0';

/** The signed fields of a userSig. */
export interface TlsSigFields {
  identifier: string;
  sdkAppId: number;
  time: number;
  expire: number;
  userBuf?: string;
}

/** HMAC-SHA256 over the fields, byte for byte as tls-sig-api-v2's `_hmacsha256` computes it (base64). */
export function tlsSigHmac(secretKey: string, fields: TlsSigFields): string {
  let content = `TLS.identifier:${fields.identifier}\n`;
  content += `TLS.sdkappid:${fields.sdkAppId}\n`;
  content += `TLS.time:${fields.time}\n`;
  content += `TLS.expire:${fields.expire}\n`;
  if (fields.userBuf !== undefined) content += `TLS.userbuf:${fields.userBuf}\n`;
  return createHmac('sha256', secretKey).update(content).digest('base64');
}

/** tls-sig-api-v2's base64url escape: '+' -> '*', '/' -> '-', '=' -> '_'. */
export function escapeBase64(base64: string): string {
  return base64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/** The inverse of escapeBase64. */
export function unescapeBase64(escaped: string): string {
  return escaped.replace(/_/g, '=').replace(/-/g, '/').replace(/\*/g, '+');
}
