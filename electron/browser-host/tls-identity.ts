import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { generate } from 'selfsigned';

/** What the host serves HTTPS and WSS with, and the fingerprint a producer checks in the browser. */
export interface TlsIdentity {
  cert: string;
  key: string;
  /** SHA-256 fingerprint of the certificate, as browsers show it (AA:BB:…). */
  fingerprint: string;
}

/**
 * The certificate and key from `--cert` and `--key` (PEM). Refuses, with the reason, files that are not a
 * certificate and a private key, or a key that does not belong to the certificate.
 */
export function identityFromFiles(certPath: string, keyPath: string): TlsIdentity {
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new Error(`cannot read the ${what} ${path}: ${(e as Error).message}`);
    }
  };
  const cert = read(certPath, 'certificate');
  const key = read(keyPath, 'private key');
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch (e) {
    throw new Error(`${certPath} is not a PEM certificate: ${(e as Error).message}`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch (e) {
    throw new Error(`${keyPath} is not a PEM private key: ${(e as Error).message}`);
  }
  if (!x509.checkPrivateKey(privateKey)) throw new Error(`the key ${keyPath} does not belong to the certificate ${certPath}`);
  return { cert, key, fingerprint: x509.fingerprint256 };
}

/**
 * A fresh self-signed certificate for the names and addresses the host answers to, valid for 30 days.
 * Browsers warn about it: the printed fingerprint is how the producer knows it is this host's.
 */
export async function selfSignedIdentity(names: readonly string[], ips: readonly string[]): Promise<TlsIdentity> {
  const pems = await generate([{ name: 'commonName', value: names[0] ?? 'broadcaster-console' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  return { cert: pems.cert, key: pems.private, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}
