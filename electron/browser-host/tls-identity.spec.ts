import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { identityFromFiles, selfSignedIdentity } from './tls-identity';

describe('TLS identities', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'bc-tls-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a self-signed certificate for the names and addresses given, with its SHA-256 fingerprint', async () => {
    const identity = await selfSignedIdentity(['studio', 'studio.local'], ['192.168.1.20']);
    const x509 = new X509Certificate(identity.cert);
    expect(x509.subjectAltName).toContain('DNS:studio.local');
    expect(x509.subjectAltName).toContain('IP Address:192.168.1.20');
    expect(identity.fingerprint).toBe(x509.fingerprint256);
    expect(identity.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Date(x509.validTo).getTime() - Date.now()).toBeLessThan(31 * 24 * 3600 * 1000);
  });

  it('reads a certificate and its key from files, and refuses a key that is not its own, or files that are not PEM', async () => {
    const a = await selfSignedIdentity(['a'], []);
    const b = await selfSignedIdentity(['b'], []);
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    expect(identityFromFiles(file('a.crt', a.cert), file('a.key', a.key))).toEqual(a);
    expect(() => identityFromFiles(file('a2.crt', a.cert), file('b.key', b.key))).toThrow(/does not belong to the certificate/);
    expect(() => identityFromFiles(file('bad.crt', 'hello'), file('a3.key', a.key))).toThrow(/is not a PEM certificate/);
    expect(() => identityFromFiles(file('a4.crt', a.cert), file('bad.key', 'hello'))).toThrow(/is not a PEM private key/);
    expect(() => identityFromFiles(join(dir, 'missing.crt'), file('a5.key', a.key))).toThrow(/cannot read the certificate/);
  });
});
