import { inflateSync } from 'node:zlib';

import { DEV_SIG_EXPIRE_SECONDS, devUserSigSigner } from './dev-user-sig';

/** The JSON inside a TLS v2 userSig. */
function decode(sig: string): Record<string, unknown> {
  const base64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString()) as Record<string, unknown>;
}

describe('devUserSigSigner', () => {
  it('signs a TLS v2 userSig for the user and app, valid for a day', () => {
    const sig = devUserSigSigner('dev-secret')('host_1', 1400000001);
    expect(decode(sig)).toMatchObject({ 'TLS.ver': '2.0', 'TLS.identifier': 'host_1', 'TLS.sdkappid': 1400000001, 'TLS.expire': DEV_SIG_EXPIRE_SECONDS });
  });

  it('gives a different signature for another key', () => {
    const a = decode(devUserSigSigner('key-a')('host_1', 1400000001))['TLS.sig'];
    const b = decode(devUserSigSigner('key-b')('host_1', 1400000001))['TLS.sig'];
    expect(a).not.toBe(b);
  });
});
