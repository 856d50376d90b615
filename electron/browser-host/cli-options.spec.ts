import { DEFAULT_HOST_OPTIONS, isLoopback, parseHostOptions } from './cli-options';

describe('parseHostOptions', () => {
  it('defaults to loopback, port 4300 and the rehearsal', () => {
    expect(parseHostOptions([])).toEqual({ port: 4300, host: '127.0.0.1', scenario: 'rehearsal' });
    expect(DEFAULT_HOST_OPTIONS.host).toBe('127.0.0.1');
  });

  it('reads --x v and --x=v forms', () => {
    expect(parseHostOptions(['--port', '0', '--host=0.0.0.0', '--scenario', 'still'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      scenario: 'still',
    });
  });

  it.each([
    [['--port', '70000'], /--port must be 0-65535/],
    [['--port', 'abc'], /--port must be 0-65535/],
    [['--port'], /--port needs a value/],
    [['--verbose', 'x'], /unknown option "--verbose"/],
    [['--cert', 'a.pem'], /--cert and --key go together/],
    [['--key', 'a.key'], /--cert and --key go together/],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseHostOptions(argv)).toThrow(message);
  });
});

describe('parseHostOptions: tokens and TLS', () => {
  it('takes a token file, and a certificate with its key', () => {
    expect(parseHostOptions(['--token-file', '/home/p/tokens.json', '--cert=c.pem', '--key', 'k.pem'])).toMatchObject({
      tokenFile: '/home/p/tokens.json',
      cert: 'c.pem',
      key: 'k.pem',
    });
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.5', false],
  ])('%s -> %s', (host, expected) => expect(isLoopback(host)).toBe(expected));
});
