import { createRequire } from 'node:module';

/** The one call used from tls-sig-api-v2 (the package ships no typings). */
export interface TlsSigApi {
  genUserSig(userId: string, expireSeconds: number): string;
}

// The package.json repeats "main"; name the file so every resolver finds it.
const nodeRequire = createRequire(__filename);
const { Api } = nodeRequire('tls-sig-api-v2/TLSSigAPIv2.js') as { Api: new (sdkAppId: number, secretKey: string) => TlsSigApi };

/** Tencent's reference signer (signs at the real Date.now()): what an app server does with its secret key. */
export function tencentSigner(sdkAppId: number, secretKey: string): TlsSigApi {
  return new Api(sdkAppId, secretKey);
}
