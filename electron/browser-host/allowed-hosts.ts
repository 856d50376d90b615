import { hostname, networkInterfaces } from 'node:os';

import { isLoopback } from './cli-options';

/** Addresses meaning every interface: the host is then reached by any of this machine's addresses. */
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** A host name or address as it appears in a Host header: IPv6 in brackets, lower case. */
function hostPart(address: string): string {
  return (address.includes(':') && !address.startsWith('[') ? `[${address}]` : address).toLowerCase();
}

/**
 * The Host headers this host answers to: the names and addresses it can be reached by, with its port. A
 * request naming anything else comes through a name that points here by someone else's doing (DNS
 * rebinding: evil.example resolved to 127.0.0.1), and gets nothing, even with a matching Origin.
 */
export function allowedHosts(
  bindHost: string,
  port: number,
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
  machineName: string = hostname(),
): Set<string> {
  const names = new Set<string>([bindHost]);
  const everyInterface = ANY_ADDRESS.has(bindHost);
  if (isLoopback(bindHost) || everyInterface) ['localhost', '127.0.0.1', '::1'].forEach((n) => names.add(n));
  if (!isLoopback(bindHost)) [machineName, `${machineName}.local`].forEach((n) => names.add(n));
  if (everyInterface) {
    for (const list of Object.values(interfaces)) for (const info of list ?? []) names.add(info.address.split('%')[0]);
  }
  return new Set([...names].map((name) => `${hostPart(name)}:${port}`));
}

/** True when a request's Host header names this host. */
export function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}
