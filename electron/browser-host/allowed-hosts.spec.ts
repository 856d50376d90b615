import type { networkInterfaces } from 'node:os';

import { allowedHosts, isAllowedHost } from './allowed-hosts';

const interfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4' }],
  eth0: [
    { address: '192.168.1.20', family: 'IPv4' },
    { address: 'fe80::1%eth0', family: 'IPv6' },
  ],
} as unknown as ReturnType<typeof networkInterfaces>;

describe('allowedHosts', () => {
  it('answers a loopback host by its loopback names only', () => {
    expect([...allowedHosts('127.0.0.1', 4300, interfaces, 'studio')].sort()).toEqual(['127.0.0.1:4300', '[::1]:4300', 'localhost:4300']);
  });

  it('answers a host bound to one address by that address and the machine name', () => {
    expect([...allowedHosts('192.168.1.20', 4300, interfaces, 'studio')].sort()).toEqual(['192.168.1.20:4300', 'studio.local:4300', 'studio:4300']);
  });

  it('answers a host bound to every interface by every address of the machine', () => {
    const hosts = allowedHosts('0.0.0.0', 80, interfaces, 'Studio');
    for (const h of ['localhost:80', '127.0.0.1:80', '[::1]:80', '192.168.1.20:80', '[fe80::1]:80', 'studio:80', 'studio.local:80']) expect(hosts).toContain(h);
    expect(hosts).not.toContain('evil.example:80');
  });

  it('matches Host headers without regard to case, and never a missing one', () => {
    const hosts = allowedHosts('127.0.0.1', 4300, interfaces, 'studio');
    expect(isAllowedHost('LOCALHOST:4300', hosts)).toBe(true);
    expect(isAllowedHost('localhost', hosts)).toBe(false);
    expect(isAllowedHost(undefined, hosts)).toBe(false);
  });
});
