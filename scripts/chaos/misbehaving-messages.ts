import type { BridgeErrorCode } from '@broadcast-core/bridge';

import { SeededRandom } from '../../electron/sandbox/common/seeded-random';

/** Over the host's 64 KiB limit on a window's message: the host closes the socket (1009). */
export const OVERSIZED_BYTES = 70 * 1024;

/** Which token a hostile message goes over. */
export type ToolScope = 'control' | 'view';

/** One hostile message and the refusal the protocol documents for it. */
export interface HostileMessage {
  /** What kind of abuse, for the report. */
  kind: 'random-json' | 'malformed-json' | 'oversized' | 'bad-params' | 'out-of-scope';
  scope: ToolScope;
  /** The text sent, as is. */
  text: string;
  /** The refusal codes allowed as its answer; `close` means the host closes the socket (no answer). */
  expect: readonly (BridgeErrorCode | 'close')[];
}

/** Any message may also be refused for its rate (the tool sends in bursts); that too changed nothing. */
const LIMITED = 'rate-limited' as const;

/** Commands that would change the show if a view window could send them. */
const OUT_OF_SCOPE: readonly unknown[] = [
  { type: 'exitRoom' },
  { type: 'stopLocalPreview' },
  { type: 'stopLocalAudio' },
  { type: 'disconnectOtherRoom' },
  { type: 'sandbox.crashEngine', mode: 'exit' },
  { type: 'sandbox.dismissRoom', roomId: 29834 },
  { type: 'switchRole', role: 21 },
];

/** Commands that fail their schema, each on one field. */
const BAD_PARAMS: readonly unknown[] = [
  { type: 'enterRoom', params: { sdkAppId: 1400000001, roomId: 29834, userId: 'bad user!', role: 20 }, scene: 1 },
  { type: 'enterRoom', params: { sdkAppId: 1400000001, roomId: 29834, strRoomId: 'x', userId: 'a', role: 20 }, scene: 1 },
  { type: 'switchRole', role: 7 },
  { type: 'setVideoEncoderParam', params: { videoResolution: -1 } },
  { type: 'sandbox.dropConnection', ms: 1 },
  { type: 'sandbox.crashEngine', mode: 'melt' },
  { type: 'connectOtherRoom', target: {}, userId: 'userB' },
  { type: 'muteLocalVideo', mute: 'yes' },
  { type: 'exitRoom', extra: true },
  { type: 'noSuchCommand' },
  { type: 'enableAudioVolumeEvaluation', intervalMs: 7 },
];

/**
 * `count` hostile messages from `seed`: random JSON values and objects, truncated or garbled JSON, oversized
 * messages, commands with bad params (control token) and valid commands over the view token. None of them
 * may change the room: each is answered with its documented refusal, or (oversized) the socket is closed.
 */
export function hostileMessages(seed: number, count: number): HostileMessage[] {
  const random = new SeededRandom(seed);
  const out: HostileMessage[] = [];
  for (let i = 0; i < count; i++) {
    const id = `tool-${seed}-${i}`;
    switch (random.int(0, 9)) {
      case 0:
      case 1:
        out.push({ kind: 'random-json', scope: random.pick(['control', 'view']), text: JSON.stringify(randomValue(random, 3)), expect: ['invalid-message', LIMITED] });
        break;
      case 2:
      case 3: {
        const whole = JSON.stringify({ t: 'command', id, command: { type: 'startLocalAudio' } });
        const text = random.chance(0.5) ? whole.slice(0, random.int(1, whole.length - 1)) : garble(whole, random);
        out.push({ kind: 'malformed-json', scope: random.pick(['control', 'view']), text, expect: ['invalid-message', LIMITED] });
        break;
      }
      case 4:
        out.push({ kind: 'oversized', scope: random.pick(['control', 'view']), text: JSON.stringify({ t: 'command', id, command: { type: 'exitRoom', pad: 'x'.repeat(OVERSIZED_BYTES) } }), expect: ['close'] });
        break;
      case 5:
      case 6:
      case 7:
        out.push({ kind: 'bad-params', scope: 'control', text: JSON.stringify({ t: 'command', id, command: random.pick(BAD_PARAMS) }), expect: ['invalid-command', LIMITED] });
        break;
      default:
        out.push({ kind: 'out-of-scope', scope: 'view', text: JSON.stringify({ t: 'command', id, command: random.pick(OUT_OF_SCOPE) }), expect: ['forbidden', LIMITED] });
    }
  }
  return out;
}

/** A random JSON value that is never a valid client message (objects get a `t` no message has, or none). */
export function randomValue(random: SeededRandom, depth: number): unknown {
  const kind = random.int(0, depth > 0 ? 6 : 4);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.int(-1e9, 1e9) / random.int(1, 1000);
    case 3:
      return randomString(random);
    case 4:
      return random.pick(['', 'command', '{}', '[]', 'resync']);
    case 5:
      return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth - 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = random.int(0, 4); i > 0; i--) object[randomString(random)] = randomValue(random, depth - 1);
      if (random.chance(0.5)) object['t'] = random.pick(['cmd', 'hello', 'snapshot', 'action', 'result', 'COMMAND', 7]);
      else delete object['t'];
      return object;
    }
  }
}

function randomString(random: SeededRandom): string {
  const chars = 'abcXYZ019 _-"\\\u00e9\u4e2d\ud83d\ude00';
  return Array.from({ length: random.int(0, 12) }, () => random.pick([...chars])).join('');
}

/** Breaks JSON text: a brace, quote or colon replaced so it no longer parses. */
function garble(text: string, random: SeededRandom): string {
  const at = random.int(0, text.length - 1);
  return `${text.slice(0, at)}${random.pick(['{', '"', ':', ',,', '\u0000'])}${text.slice(at + 1)}}`;
}
