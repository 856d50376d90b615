import type { IncomingMessage } from 'node:http';

import { CLOSE_FORBIDDEN_ORIGIN, CLOSE_MISDIRECTED, CLOSE_UNAUTHORIZED, checkAccess, type AccessPolicy } from './access-check';
import { allowedHosts } from './allowed-hosts';

function request(url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { url, headers: { host: '127.0.0.1:4300', ...headers } } as unknown as IncomingMessage;
}

describe('checkAccess', () => {
  const policy: AccessPolicy = { tokens: { control: 'control-token', view: 'view-token' }, hosts: allowedHosts('127.0.0.1', 4300), scheme: 'http' };

  it("gives the control token control and the view token a view, from the host's own pages and from tools without an Origin", () => {
    expect(checkAccess(request('/bridge?token=control-token', { origin: 'http://127.0.0.1:4300' }), policy)).toEqual({ scope: 'control' });
    expect(checkAccess(request('/bridge?token=view-token', { origin: 'http://127.0.0.1:4300' }), policy)).toEqual({ scope: 'view' });
    expect(checkAccess(request('/bridge?token=control-token'), policy)).toEqual({ scope: 'control' });
    expect(checkAccess(request('/bridge?token=view-token', { host: 'localhost:4300', origin: 'http://localhost:4300' }), policy)).toEqual({ scope: 'view' });
  });

  it('refuses a missing or wrong token with a reason that says what to do', () => {
    expect(checkAccess(request('/bridge'), policy)).toEqual({ code: CLOSE_UNAUTHORIZED, reason: expect.stringMatching(/missing token/) });
    expect(checkAccess(request('/bridge?token=control-tokeN'), policy)).toEqual({ code: CLOSE_UNAUTHORIZED, reason: expect.stringMatching(/wrong token/) });
    expect(checkAccess(request('/bridge?token=view'), policy)).toMatchObject({ code: CLOSE_UNAUTHORIZED });
  });

  it('refuses pages of other sites even with the token', () => {
    expect(checkAccess(request('/bridge?token=control-token', { origin: 'http://evil.example' }), policy)).toEqual({
      code: CLOSE_FORBIDDEN_ORIGIN,
      reason: 'origin http://evil.example is not allowed',
    });
  });

  it('refuses a DNS-rebinding page: a Host that is not this host, even with a matching Origin and the token', () => {
    expect(checkAccess(request('/bridge?token=control-token', { host: 'evil.example:4300', origin: 'http://evil.example:4300' }), policy)).toEqual({
      code: CLOSE_MISDIRECTED,
      reason: 'host evil.example:4300 is not this console',
    });
    expect(checkAccess(request('/bridge?token=control-token', { host: '127.0.0.1:4301' }), policy)).toMatchObject({ code: CLOSE_MISDIRECTED });
    const noHost = { url: '/bridge?token=control-token', headers: {} } as unknown as IncomingMessage;
    expect(checkAccess(noHost, policy)).toMatchObject({ code: CLOSE_MISDIRECTED });
  });
});
