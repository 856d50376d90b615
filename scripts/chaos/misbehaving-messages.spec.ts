import { parseClientMessage } from '@broadcast-core/bridge';

import { OVERSIZED_BYTES, hostileMessages } from './misbehaving-messages';

describe('hostileMessages', () => {
  const messages = hostileMessages(11, 400);

  it('is the same for the same seed', () => {
    expect(hostileMessages(11, 50)).toEqual(hostileMessages(11, 400).slice(0, 50));
    expect(hostileMessages(12, 50)).not.toEqual(hostileMessages(11, 50));
  });

  it('has every kind of abuse', () => {
    expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(['random-json', 'malformed-json', 'oversized', 'bad-params', 'out-of-scope']));
  });

  it('makes the parser refuse everything but the out-of-scope commands, with the documented code', () => {
    for (const m of messages.filter((x) => x.kind !== 'out-of-scope' && x.kind !== 'oversized')) {
      const parsed = parseClientMessage(m.text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(m.expect).toContain(parsed.error.code);
    }
  });

  it('sends out-of-scope commands as valid commands over the view token, to be forbidden', () => {
    for (const m of messages.filter((x) => x.kind === 'out-of-scope')) {
      expect(m.scope).toBe('view');
      expect(parseClientMessage(m.text).ok).toBe(true);
      expect(m.expect).toContain('forbidden');
    }
  });

  it('makes oversized messages larger than the host takes, expecting the socket closed', () => {
    for (const m of messages.filter((x) => x.kind === 'oversized')) {
      expect(Buffer.byteLength(m.text)).toBeGreaterThan(64 * 1024);
      expect(Buffer.byteLength(m.text)).toBeGreaterThan(OVERSIZED_BYTES);
      expect(m.expect).toEqual(['close']);
    }
  });
});
