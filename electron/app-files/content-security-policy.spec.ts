import { contentSecurityPolicy, newNonce, pageWithNonce } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows only the app’s own scripts, styles with the page nonce, and nothing that runs foreign or inline code', () => {
    const policy = contentSecurityPolicy('abc=');
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", "'nonce-abc='"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(contentSecurityPolicy('n', ['wss://10.0.0.2:4300'])).toContain("connect-src 'self' wss://10.0.0.2:4300");
  });

  it('gives a different nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('pageWithNonce', () => {
  const page = '<!doctype html><body>\n  <bc-root></bc-root>\n<script src="main.js" type="module"></script></body>';

  it('tells Angular the nonce on its root element', () => {
    expect(pageWithNonce(page, 'abc=')).toContain('<bc-root ngCspNonce="abc="></bc-root>');
  });

  it('refuses a page without a root element, and a nonce that could break out of the attribute', () => {
    expect(() => pageWithNonce('<body></body>', 'abc=')).toThrow(/no <bc-root>/);
    expect(() => pageWithNonce(page, '"><script>')).toThrow(/base64/);
  });
});
