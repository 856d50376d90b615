import fc from 'fast-check';

import type { Command } from '@broadcast-core/bridge';

import { validCommand } from './command-arbitraries';
import { PROTOTYPE_KEYS } from './event-arbitraries';

// Commands broken one field at a time, and malformed protocol messages, for fuzz tests.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every key path of the objects inside a command (the command itself is path []). */
function objectPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...prefix, k]))];
}

/** Every key path that holds a value (leaf or object) inside a command. */
function valuePaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([k, v]) => valuePaths(v, [...prefix, k]))];
}

/** Reads the value at a path. */
function getAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
}

/** Marks a key for deletion in updateAt. */
const DELETE = Symbol('delete');

/**
 * A copy of `value` with `path` set to `replacement` (or deleted when `replacement` is DELETE).
 * Keys are defined as own properties, so `__proto__` survives into JSON.
 */
function updateAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as object)) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  const [head, ...rest] = path;
  const next = updateAt(copy[head], rest, replacement);
  if (next === DELETE) delete copy[head];
  else Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Values no command field accepts in place of `original`: wrong JSON types, plus
 * out-of-rule values of the right type (every numeric field rejects -1 and 1.5,
 * every string field rejects '').
 */
function wrongValuesFor(original: unknown, key: string | undefined): Json[] {
  const always: Json[] = [null, [], [1], { x: 1 }];
  switch (typeof original) {
    case 'number':
      // A music pitch is a fraction from -1 to 1 (setMusicPitch), so -1 and 0.5 are fine there.
      return key === 'pitch' ? [...always, -1.5, 1.5, true, ''] : [...always, -1, 1.5, true, ''];
    case 'string':
      return [...always, '', true, -1];
    case 'boolean':
      return [...always, 0, 1, 'true'];
    default:
      return [...always, 'x', 1, true];
  }
}

/** Keys a command may omit without becoming invalid. */
const OPTIONAL_KEYS: Record<string, string[]> = {
  enterRoom: ['userSig'],
  reenterRoom: ['userSig'],
  'sandbox.dropConnection': ['userId'],
  startScreenCapture: ['encoder'],
  'sandbox.shareScreen': ['sourceId'],
  updatePublishing: ['mode', 'layout'],
  'sandbox.cdnUnreachable': ['host'],
  'sandbox.cdnRecover': ['host'],
  startMicDeviceTest: ['playback'],
  startSpeakerDeviceTest: ['filePath'],
};

/** One way to break a valid command, and the dotted field path the refusal must name (or start with). */
export interface BrokenCommand {
  command: unknown;
  /** The field the error names, or the object the error must lie inside. */
  field: string;
  how: string;
}

/** The invalid variants of one valid command: each field given each wrong value, required keys removed, unknown keys added. */
export function brokenVariants(command: Command): BrokenCommand[] {
  const dotted = (path: readonly string[]) => ['command', ...path].join('.');
  const variants: BrokenCommand[] = [];
  for (const path of valuePaths(command)) {
    for (const wrong of wrongValuesFor(getAt(command, path), path.at(-1))) {
      variants.push({ command: updateAt(command, path, wrong), field: dotted(path), how: `${path.join('.')} = ${JSON.stringify(wrong)}` });
    }
    const key = path[path.length - 1];
    if (!(OPTIONAL_KEYS[command.type] ?? []).includes(key)) {
      variants.push({ command: updateAt(command, path, DELETE), field: dotted(path.slice(0, -1)), how: `without ${path.join('.')}` });
    }
  }
  for (const path of objectPaths(command)) {
    for (const key of [...PROTOTYPE_KEYS, 'extra']) {
      variants.push({ command: updateAt(command, [...path, key], { polluted: true }), field: dotted([...path, key]), how: `with ${[...path, key].join('.')}` });
    }
  }
  return variants;
}

/** A command with exactly one thing wrong in it. */
export const brokenCommand: fc.Arbitrary<BrokenCommand> = validCommand.chain((command) => fc.constantFrom(...brokenVariants(command)));

/** A message the broker must refuse, as raw text. */
export interface MalformedMessage {
  raw: string;
  /** Why it is malformed, for failure reports. */
  kind: string;
}

/** The id a refusal must carry: the message's `id` when it is a valid one (a string of 1 to 100 characters), else null. */
export function readableId(raw: string): string | null {
  try {
    const data: unknown = JSON.parse(raw);
    const id = data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    // Only a valid id (1 to 100 characters) is echoed back; anything else comes back as null.
    return typeof id === 'string' && id.length >= 1 && id.length <= 100 ? id : null;
  } catch {
    return null;
  }
}

const messageId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(...PROTOTYPE_KEYS),
);
const wrongJson = fc.constantFrom<Json>(null, 0, -1, 1.5, true, '', 'x', [], ['command'], {}, { t: 'command' });
const streamLike = fc.constantFrom('', 'remote', 'remote::big', 'remote:a:b:big', 'remote:anna:huge', 'LOCAL', 'remote:__proto__:mid');

/** Messages that fail validation: broken commands, wrong envelopes, random JSON and text, binary markers. */
export const malformedMessage: fc.Arbitrary<MalformedMessage> = fc.oneof(
  fc.record({ id: messageId, broken: brokenCommand }).map(({ id, broken }) => ({
    raw: JSON.stringify({ t: 'command', id, command: broken.command }),
    kind: `broken command (${broken.how})`,
  })),
  fc.record({ id: messageId, type: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_KEYS, 'sandbox.', 'enterroom', 'EXITROOM')) }).map(({ id, type }) => ({
    raw: JSON.stringify({ t: 'command', id, command: { type } }),
    kind: 'unknown command type',
  })),
  fc.record({ t: fc.oneof(wrongJson, fc.string()).filter((t) => t !== 'command'), id: fc.oneof(messageId, wrongJson), command: validCommand }).map((m) => ({
    raw: JSON.stringify(m),
    kind: 'wrong envelope kind',
  })),
  fc.record({ id: fc.constantFrom<Json>(null, 0, 1.5, true, '', 'i'.repeat(101), [], ['a'], { id: 'a' }), command: validCommand }).map(({ id, command }) => ({
    raw: JSON.stringify({ t: 'command', id, command }),
    kind: 'wrong command id',
  })),
  validCommand.map((command) => ({ raw: JSON.stringify({ t: 'command', command }), kind: 'command without id' })),
  fc.record({ t: fc.constantFrom('subscribe', 'unsubscribe', 'frame-ack'), stream: fc.oneof(streamLike, wrongJson) }).map((m) => ({
    raw: JSON.stringify(m),
    kind: 'bad stream',
  })),
  fc.record({ t: fc.constantFrom('resync', 'command', 'subscribe'), key: fc.constantFrom(...PROTOTYPE_KEYS, 'extra'), id: messageId }).map(({ t, key, id }) => ({
    raw: `{"t":${JSON.stringify(t)},"id":${JSON.stringify(id)},${JSON.stringify(key)}:{"id":"inner","t":"resync"}}`,
    kind: 'envelope with an extra key',
  })),
  fc
    .jsonValue()
    .filter((v) => v === null || typeof v !== 'object' || !('t' in v))
    .map((v) => ({ raw: JSON.stringify(v), kind: 'random JSON' })),
  // Any code points, lone surrogates included (a custom unit: fast-check's 'binary' unit costs a second to build).
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) }).map((raw) => ({ raw, kind: 'random text' })),
  fc.constantFrom('\u0000binary', '', ' ', '{', '{"t":"command",', 'undefined', 'NaN', '[]', '""', '{"t":"resync"}garbage').map((raw) => ({
    raw,
    kind: 'broken text',
  })),
);
