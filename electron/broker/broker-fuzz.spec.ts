import fc from 'fast-check';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeErrorCode, Command } from '@broadcast-core/bridge';

import { WINDOW_RATE_LIMITS } from './rate-limit';
import { brokenVariants, malformedMessage, readableId } from './testing/broken-messages';
import { COMMAND_TYPES, validCommandOf } from './testing/command-arbitraries';
import { PROTOTYPE_KEYS } from './testing/event-arbitraries';
import { ENTER_LIVE, createTestBroker, parseAll, type TestBroker } from './testing/broker-fixtures';
import { InMemoryWindow, type ResultMessage } from './testing/in-memory-window';

/** Every typed error code; `satisfies` fails to compile when BridgeErrorCode gains or loses one. */
const ERROR_CODES = new Set(
  Object.keys({
    'invalid-message': true,
    'invalid-command': true,
    'invalid-state': true,
    'sandbox-only': true,
    'engine-failed': true,
    'rate-limited': true,
    forbidden: true,
  } satisfies Record<BridgeErrorCode, true>),
);

/** A broker with one window attached and its greeting delivered. */
function attached(options: { sandbox?: boolean } = {}): TestBroker & { w: InMemoryWindow } {
  const t = createTestBroker(options);
  const w = new InMemoryWindow(t.broker);
  w.flush();
  return { ...t, w };
}

/** A broker in a live room as anchor, with two remote users and a PK under way. */
function busy(): TestBroker & { w: InMemoryWindow } {
  const t = attached();
  t.w.command('enter', ENTER_LIVE);
  t.engine.emit({ name: 'onEnterRoom', args: [230] });
  t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['anna'] });
  t.engine.emit({ name: 'onRemoteUserEnterRoom', args: ['ben'] });
  t.w.command('pk', { type: 'connectOtherRoom', target: { roomId: 4242 }, userId: 'cai' });
  t.w.flush();
  expect(t.broker.snapshot().state.pk.status).toBe('connecting');
  return t;
}

/**
 * Sends `raw` and checks the broker answered with exactly one refusal, to the sender,
 * with `id`, and changed nothing: same state object, same seq, no engine or admin call.
 */
function expectRefused(t: TestBroker & { w: InMemoryWindow }, raw: string, id: string | null = readableId(raw)): ResultMessage & { ok: false } {
  const before = { ...t.broker.snapshot(), calls: t.engine.calls.length, admin: t.admin?.calls.length };
  const sentBefore = t.w.sent.length;
  // Spaced as a steady sender would be, so that each message meets its parser, not the window's rate limit.
  t.timers.advance(1000 / WINDOW_RATE_LIMITS.commands.perSecond);
  t.w.send(raw);
  const answers = parseAll(t.w.sent.slice(sentBefore));
  const refusal = answers[0] as ResultMessage & { ok: false };
  const after = t.broker.snapshot();
  // One expect per message: thousands of them run here.
  expect({
    answers: answers.length,
    result: { t: refusal?.t, id: refusal?.id, ok: refusal?.ok },
    typedCode: ERROR_CODES.has(refusal?.error?.code),
    message: typeof refusal?.error?.message,
    sameState: after.state === before.state,
    seq: after.seq,
    calls: t.engine.calls.length,
    admin: t.admin?.calls.length,
  }).toEqual({
    answers: 1,
    result: { t: 'result', id, ok: false },
    typedCode: true,
    message: 'string',
    sameState: true,
    seq: before.seq,
    calls: before.calls,
    admin: before.admin,
  });
  return refusal;
}

const commandMessage = (command: unknown, id = 'fuzz') => JSON.stringify({ t: 'command', id, command });

describe('Broker fuzz', () => {
  it('refuses thousands of malformed messages with one typed result each, changing nothing', () => {
    const t = busy();
    fc.assert(
      fc.property(malformedMessage, ({ raw }) => {
        expectRefused(t, raw);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses a wrong value in every field of every command type as invalid-command naming that field', () => {
    const t = busy();
    let variants = 0;
    for (const type of COMMAND_TYPES) {
      for (const command of fc.sample(validCommandOf(type), { numRuns: 3, seed: 7 })) {
        for (const broken of brokenVariants(command as Command)) {
          const refusal = expectRefused(t, commandMessage(broken.command));
          expect({ how: broken.how, code: refusal.error.code }).toEqual({ how: broken.how, code: 'invalid-command' });
          expect({ how: broken.how, field: refusal.error.field?.startsWith(broken.field) }).toEqual({ how: broken.how, field: true });
          variants++;
        }
      }
    }
    expect(variants).toBeGreaterThan(1_000);
  });

  it('survives huge and deeply nested messages', () => {
    const t = attached();
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const wide = `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    const cases: [string, string | null][] = [
      [`{"t":"command","id":"deep","command":${deep(50_000)}}`, 'deep'],
      [`{"t":"command","id":"deep2","command":{"type":"enterRoom","params":${deep(10_000)},"scene":1}}`, 'deep2'],
      [`{"t":"command","id":"wide","command":${wide}}`, 'wide'],
      [wide, null],
      [deep(100_000), null],
      // An id over 100 characters is not echoed back: the refusal carries a null id.
      [JSON.stringify({ t: 'command', id: 'x'.repeat(1_000_000), command: { type: 'exitRoom' } }), null],
      [JSON.stringify({ t: 'command', id: 'long-type', command: { type: 'y'.repeat(500_000) } }), 'long-type'],
      [JSON.stringify({ t: 'command', id: 'huge-sig', command: { ...ENTER_LIVE, params: { ...(ENTER_LIVE as { params: object }).params, userSig: ['s'.repeat(100_000)] } } }), 'huge-sig'],
    ];
    for (const [raw, id] of cases) expectRefused(t, raw, id);
  });

  it('answers binary and non-JSON input with a null-id invalid-message', () => {
    const t = attached();
    for (const raw of ['\u0000binary', '\u0000', '\uFFFE{}', 'not json', '{"t":"command","id":"a"']) {
      expect(expectRefused(t, raw, null).error.code).toBe('invalid-message');
    }
  });

  it('ignores messages from a window it does not know', () => {
    const t = attached();
    const sent = t.w.sent.length;
    expect(() => t.broker.receive('w999', commandMessage(ENTER_LIVE))).not.toThrow();
    expect(() => t.broker.receive('__proto__', '{')).not.toThrow();
    expect(t.w.sent.length).toBe(sent);
    expect(t.engine.callsTo('enterRoom')).toEqual([]);
  });

  it('refuses valid commands the room cannot take with invalid-state, changing nothing', () => {
    const t = attached();
    const refusals: Command[] = [
      { type: 'exitRoom' },
      { type: 'switchRole', role: 21 },
      { type: 'startCoAnchoring' },
      { type: 'stopCoAnchoring' },
      { type: 'connectOtherRoom', target: { strRoomId: 'other' }, userId: 'cai' },
      { type: 'disconnectOtherRoom' },
      { type: 'muteRemoteAudio', userId: 'zed', mute: true },
      { type: 'setRemoteViewFillMode', userId: 'zed', mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit },
    ];
    for (const command of refusals) expect([command.type, expectRefused(t, commandMessage(command)).error.code]).toEqual([command.type, 'invalid-state']);
  });

  it('refuses sandbox commands with sandbox-only when the engine is Tencent’s', () => {
    const t = attached({ sandbox: false });
    for (const type of COMMAND_TYPES.filter((c) => c.startsWith('sandbox.'))) {
      const [command] = fc.sample(validCommandOf(type), { numRuns: 1, seed: 1 });
      expect([type, expectRefused(t, commandMessage(command)).error.code]).toEqual([type, 'sandbox-only']);
    }
  });

  // 'constructor', 'toString' and '__proto__' are valid TRTC userIds; nobody by that name is in the room.
  it.each(PROTOTYPE_KEYS)('refuses remote-user commands for "%s", who is not in the room', (userId) => {
    const t = busy();
    for (const command of [
      { type: 'muteRemoteAudio', userId, mute: true },
      { type: 'setRemoteViewFillMode', userId, mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit },
    ] satisfies Command[]) {
      expect([command.type, expectRefused(t, commandMessage(command)).error.code]).toEqual([command.type, 'invalid-state']);
    }
  });
});
