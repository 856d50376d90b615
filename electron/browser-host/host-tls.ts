import { hostname, networkInterfaces } from 'node:os';

import { isLoopback, type HostOptions } from './cli-options';
import { identityFromFiles, selfSignedIdentity, type TlsIdentity } from './tls-identity';

/** This machine's addresses: the one the host binds, or every one when it binds them all. */
function addressesOf(bindHost: string): string[] {
  if (bindHost !== '0.0.0.0' && bindHost !== '::') return [bindHost];
  const all = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((info) => info.address.split('%')[0]));
  return [...new Set(all)];
}

/**
 * How the host serves: with `--cert`/`--key` when given; beyond loopback with a fresh self-signed
 * certificate for this machine's names and addresses, so the tokens never cross a network in clear; on
 * loopback over plain HTTP (nothing leaves the machine).
 */
export async function hostTls(options: HostOptions): Promise<TlsIdentity | undefined> {
  if (options.cert && options.key) return identityFromFiles(options.cert, options.key);
  if (isLoopback(options.host)) return undefined;
  const name = hostname();
  const ips = addressesOf(options.host).filter((a) => /^[\d.]+$|:/.test(a));
  const names = [name, `${name}.local`, 'localhost', ...addressesOf(options.host).filter((a) => !ips.includes(a))];
  return selfSignedIdentity(names, ips);
}
