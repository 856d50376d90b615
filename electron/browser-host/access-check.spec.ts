import type { IncomingMessage } from 'node:http';

import { CLOSE_FORBIDDEN_ORIGIN, CLOSE_UNAUTHORIZED, checkAccess } from './access-check';

function request(url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { url, headers: { host: '127.0.0.1:4300', ...headers } } as unknown as IncomingMessage;
}

describe('checkAccess', () => {
  const token = 'launch-token';

  it('accepts the right token from the host\'s own pages and from tools without an Origin', () => {
    expect(checkAccess(request('/bridge?token=launch-token', { origin: 'http://127.0.0.1:4300' }), token)).toBeNull();
    expect(checkAccess(request('/bridge?token=launch-token'), token)).toBeNull();
  });

  it('refuses a missing or wrong token with a reason that says what to do', () => {
    expect(checkAccess(request('/bridge'), token)).toEqual({ code: CLOSE_UNAUTHORIZED, reason: expect.stringMatching(/missing token/) });
    expect(checkAccess(request('/bridge?token=launch-tokeN'), token)).toEqual({
      code: CLOSE_UNAUTHORIZED,
      reason: expect.stringMatching(/wrong token/),
    });
    expect(checkAccess(request('/bridge?token=x'), token)?.code).toBe(CLOSE_UNAUTHORIZED);
  });

  it('refuses pages of other sites even with the token', () => {
    expect(checkAccess(request('/bridge?token=launch-token', { origin: 'http://evil.example' }), token)).toEqual({
      code: CLOSE_FORBIDDEN_ORIGIN,
      reason: 'origin http://evil.example is not allowed',
    });
  });
});
