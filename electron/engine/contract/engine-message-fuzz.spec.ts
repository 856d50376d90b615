import fc from 'fast-check';

import { sandboxRooms, trtcEvent } from '../../broker/testing/event-arbitraries';
import { ERROR_CODES } from './engine-message-fixtures';
import { ENGINE_CALL_METHODS, SANDBOX_CALL_METHODS, parseBrokerToEngine, parseEngineToBroker, parseViewerMessage, type Parsed } from './index';

/** True for a Parsed that is either accepted or refused as malformed with words. */
function wellFormed(parsed: Parsed<unknown>): boolean {
  if (parsed.ok) return parsed.message !== undefined;
  return parsed.error.code === 'malformed' && parsed.error.message.length > 0 && (parsed.id === null || typeof parsed.id === 'number');
}

describe('the parsers on arbitrary input', () => {
  /** Anything at all, including what structured clone carries (dates, maps, typed arrays) and odd objects. */
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withObjectString: true,
  });

  const deviceList = fc.array(fc.record({ deviceId: fc.string(), deviceName: fc.string() }), { maxLength: 3 });
  const devices = fc.record({ cameras: deviceList, mics: deviceList, speakers: deviceList, camera: fc.option(fc.string()), mic: fc.option(fc.string()), speaker: fc.option(fc.string()) });
  const callError = fc.record({ code: fc.constantFrom(...ERROR_CODES), message: fc.string() });
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  /** Every kind of engine message, with varied valid contents. */
  const engineMessage: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record({ t: fc.constant('ready'), kind: fc.constantFrom('sandbox', 'trtc'), sdkVersion: fc.string(), devices, sandboxRooms: fc.option(sandboxRooms), signsUserSigs: fc.boolean() }),
    fc.record({ t: fc.constant('event'), event: trtcEvent }),
    fc.record({ t: fc.constant('devices'), devices }),
    fc.record({ t: fc.constant('sandbox-rooms'), rooms: sandboxRooms }),
    fc.record({ t: fc.constant('answer'), id: fc.nat(), ok: fc.constant(true), value: fc.oneof(fc.integer(), fc.string(), fc.boolean()) }, { requiredKeys: ['t', 'id', 'ok'] }),
    fc.record({ t: fc.constant('answer'), id: fc.nat(), ok: fc.constant(false), error: callError }),
    fc.record({ t: fc.constant('pong'), n: finite }),
    fc.record({ t: fc.constant('fault'), error: callError }),
  );

  /** Every kind of broker message (viewer ports apart), with varied valid contents. */
  const brokerMessage: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record(
      { t: fc.constant('call'), id: fc.nat(), method: fc.constantFrom(...ENGINE_CALL_METHODS, ...SANDBOX_CALL_METHODS), args: fc.array(fc.jsonValue(), { maxLength: 3 }), group: fc.nat() },
      { requiredKeys: ['t', 'id', 'method', 'args'] },
    ),
    fc.record({ t: fc.constant('ping'), n: finite }),
    fc.record({ t: fc.constant('viewer-close'), viewerId: fc.string({ minLength: 1, maxLength: 100 }) }),
  );

  const userId = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
  const viewerMessage: fc.Arbitrary<Record<string, unknown>> = fc.record({
    t: fc.constantFrom('subscribe', 'unsubscribe', 'frame-ack'),
    stream: fc.oneof(fc.constant('local'), fc.tuple(userId, fc.constantFrom('big', 'small')).map(([u, size]) => `remote:${u}:${size}`)),
  });

  /** A valid message broken the ways a peer breaks one: a field dropped, a field replaced by anything, a key added. */
  const broken = (valid: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(valid, fc.nat(), fc.constantFrom('drop', 'replace', 'add'), anything).map(([message, pick, how, value]) => {
      const keys = Object.keys(message);
      const key = keys[pick % keys.length];
      const copy: Record<string, unknown> = { ...message };
      if (how === 'drop') delete copy[key];
      else if (how === 'replace') copy[key] = value;
      else copy['extra'] = value;
      return copy;
    });

  const PARSERS = [
    ['parseEngineToBroker', parseEngineToBroker, engineMessage],
    ['parseBrokerToEngine', parseBrokerToEngine, brokerMessage],
    ['parseViewerMessage', parseViewerMessage, viewerMessage],
  ] as const;

  it.each(PARSERS)('%s never throws: anything is accepted or refused as malformed, with words', (_name, parse, valid) => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), broken(valid)), (raw) => {
        expect(wellFormed(parse(raw))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it.each(PARSERS)('%s accepts every valid message as it is, also after a JSON round trip', (_name, parse, valid) => {
    fc.assert(
      fc.property(valid, (message) => {
        expect(parse(message)).toEqual({ ok: true, message });
        // Statistics carry typed arrays, which a JSON transport turns into objects: the schemas must not care.
        expect(parse(JSON.parse(JSON.stringify(message)))).toMatchObject({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it.each(PARSERS)('%s names the path of what is wrong in a message missing a required field', (_name, parse, valid) => {
    fc.assert(
      fc.property(valid, fc.nat(), (message, pick) => {
        const required = Object.keys(message).filter((k) => k !== 'value' && k !== 'group');
        const key = required[pick % required.length];
        const { [key]: _dropped, ...rest } = message;
        const parsed = parse(rest);
        expect(parsed.ok).toBe(false);
        // A missing discriminator names `t`; any other missing field names itself.
        if (!parsed.ok) expect(parsed.error.message.startsWith(`${key}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the id of a broken call only when it is a number, so an answer can name it', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (id, method) => {
        fc.pre(![...ENGINE_CALL_METHODS, ...SANDBOX_CALL_METHODS].includes(method as never));
        expect(parseBrokerToEngine({ t: 'call', id, method, args: [] })).toMatchObject({ ok: false, id });
        expect(parseBrokerToEngine({ t: 'call', id: String(id), method, args: [] })).toMatchObject({ ok: false, id: null });
      }),
    );
  });
});
