import { tencentSigner } from './tencent-signer';

/** How long a development userSig is valid: one day, as the console's own sessions go. */
export const DEV_SIG_EXPIRE_SECONDS = 86_400;

/** Signs userSigs on the engine side. */
export type UserSigSigner = (userId: string, sdkAppId: number) => string;

/**
 * Signs userSigs for Tencent's cloud with a development secret key, in the engine window only: the key
 * never reaches a UI window, and production setups use a token URL instead (Tencent's advice: the key
 * belongs on an app server). Uses Tencent's own signer, tls-sig-api-v2.
 */
export function devUserSigSigner(secretKey: string): UserSigSigner {
  return (userId, sdkAppId) => tencentSigner(sdkAppId, secretKey).genUserSig(userId, DEV_SIG_EXPIRE_SECONDS);
}
