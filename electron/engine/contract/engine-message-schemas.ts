import * as z from 'zod';

import { parseStreamKey } from '@broadcast-core/bridge';

import { isContractMethod } from './engine-calls';
import type { BrokerToEngine, EngineCallError, EngineToBroker, ViewerToEngine } from './engine-messages';
import { isMessageEnd, type MessageEnd } from './message-end';
import { TRTC_EVENT_ARGS } from './trtc-event-schemas';
import { TRTC_EVENT_NAMES, type TRTCEvent } from './trtc-events';

/** A parsed message, or why it was refused (with the call id when one could be read). */
export type Parsed<T> = { ok: true; message: T } | { ok: false; id: number | null; error: EngineCallError };

const callId = z.number().int().nonnegative();
const device = z.strictObject({ deviceId: z.string(), deviceName: z.string() });
const devices = z.strictObject({
  cameras: z.array(device),
  mics: z.array(device),
  speakers: z.array(device),
  camera: z.string().nullable(),
  mic: z.string().nullable(),
  speaker: z.string().nullable(),
});
const roomKey = z.union([z.number(), z.string()]);
const linkEnd = z.strictObject({ roomId: roomKey, userId: z.string() });
const sandboxRoom = z.strictObject({
  roomId: roomKey,
  scene: z.number(),
  members: z.array(
    z.strictObject({
      userId: z.string(),
      role: z.number(),
      publishingVideo: z.boolean(),
      publishingAudio: z.boolean(),
      connectionDown: z.boolean(),
      sharingScreen: z.boolean(),
      enteredAt: z.number(),
    }),
  ),
  anchorCount: z.number(),
  virtualAudience: z.number(),
  onlineCount: z.number(),
  links: z.array(z.strictObject({ caller: linkEnd, target: linkEnd })),
});
/** A plain Uint8Array from any realm (structured clones arrive as the receiver's own typed arrays). */
const isBytes = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';
const image = z
  .strictObject({ width: z.number().int().positive().max(1024), height: z.number().int().positive().max(1024), bgra: z.custom<Uint8Array>(isBytes, 'not a Uint8Array') })
  .refine((i) => i.bgra.length === i.width * i.height * 4, { message: 'bgra must hold width x height x 4 bytes', path: ['bgra'] });
const screenSource = z.strictObject({
  type: z.number().int(),
  sourceId: z.string().max(256),
  sourceName: z.string().max(1000),
  width: z.number(),
  height: z.number(),
  isMainScreen: z.boolean(),
  isMinimizeWindow: z.boolean(),
  thumb: image.nullable(),
});
const callError = z.strictObject({
  code: z.enum(['unknown-method', 'sandbox-only', 'malformed', 'threw', 'skipped', 'not-found', 'user-sig-required']),
  message: z.string(),
});
const event = z
  .strictObject({ name: z.enum(TRTC_EVENT_NAMES as [string, ...string[]]), args: z.array(z.unknown()) })
  .superRefine((e, ctx) => {
    const args = TRTC_EVENT_ARGS[e.name as TRTCEvent['name']].safeParse(e.args);
    if (!args.success) ctx.addIssue({ code: 'custom', path: ['args', ...args.error.issues[0].path], message: args.error.issues[0].message });
  });

const brokerToEngine = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('call'),
    id: callId,
    method: z.string().refine(isContractMethod, 'not a method the contract allows'),
    args: z.array(z.unknown()),
    group: callId.optional(),
  }),
  z.strictObject({ t: z.literal('ping'), n: z.number() }),
  z.strictObject({ t: z.literal('viewer-open'), viewerId: z.string().min(1).max(100), port: z.custom<MessageEnd>(isMessageEnd, 'not a port') }),
  z.strictObject({ t: z.literal('viewer-close'), viewerId: z.string().min(1).max(100) }),
]);

const engineToBroker = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('ready'),
    kind: z.enum(['sandbox', 'trtc']),
    sdkVersion: z.string(),
    devices,
    sandboxRooms: z.array(sandboxRoom).nullable(),
    signsUserSigs: z.boolean(),
    notice: z.string().max(1000).optional(),
  }),
  z.strictObject({ t: z.literal('event'), event }),
  z.strictObject({ t: z.literal('devices'), devices }),
  z.strictObject({ t: z.literal('sandbox-rooms'), rooms: z.array(sandboxRoom) }),
  z.strictObject({ t: z.literal('screen-sources'), sources: z.array(screenSource).max(100) }),
  z
    .strictObject({ t: z.literal('answer'), id: callId, ok: z.boolean(), value: z.unknown().optional(), error: callError.optional() })
    .refine((a) => a.ok === (a.error === undefined), { message: 'an answer has an error exactly when it is not ok', path: ['error'] }),
  z.strictObject({ t: z.literal('pong'), n: z.number() }),
  z.strictObject({ t: z.literal('fault'), error: callError }),
]);

/** A plain ArrayBuffer (a SharedArrayBuffer, which its sender could still write, is not one), from any realm. */
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

const streamKey = z.string().refine((s) => parseStreamKey(s) !== null, 'not a stream key');
const viewerToEngine = z.discriminatedUnion('t', [
  z.strictObject({ t: z.enum(['subscribe', 'unsubscribe']), stream: streamKey }),
  z.strictObject({ t: z.literal('frame-ack'), stream: streamKey, buffer: z.custom<ArrayBuffer>(isArrayBuffer, 'not an ArrayBuffer').optional() }),
]);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function parseWith<T>(schema: z.ZodType, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data as T };
  const id = (raw as { id?: unknown } | null)?.id;
  // Only an id that could name a call is answered under it; anything else gets a fault.
  return { ok: false, id: callId.safeParse(id).success ? (id as number) : null, error: { code: 'malformed', message: describe(result.error) } };
}

/** Validates what the engine side received from the broker. Never throws. */
export function parseBrokerToEngine(raw: unknown): Parsed<BrokerToEngine> {
  return parseWith(brokerToEngine, raw);
}

/** Validates what the broker received from the engine. Never throws. */
export function parseEngineToBroker(raw: unknown): Parsed<EngineToBroker> {
  return parseWith(engineToBroker, raw);
}

/** Validates what a viewer sent over its frame port. Never throws. */
export function parseViewerMessage(raw: unknown): Parsed<ViewerToEngine> {
  return parseWith(viewerToEngine, raw);
}
