import * as z from 'zod';
import {
  TRTCAppScene,
  TRTCAudioQuality,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVoiceChangerType,
  TRTCVoiceReverbType,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { RuleName } from './rule-messages';

/** The numeric values of a TypeScript numeric enum (which also maps names back). */
export function enumValues(e: object): number[] {
  return Object.values(e).filter((v): v is number => typeof v === 'number');
}

/** A rule's name as a schema message: the bridge and the forms turn it into the rule's words. */
function rule(name: RuleName): RuleName {
  return name;
}

/** A schema accepting exactly the values of an SDK enum; the refusal lists them. */
export function sdkEnum(name: string, e: Record<string, string | number>) {
  const values = enumValues(e);
  return z.number().refine((v) => values.includes(v), {
    message: `must be a ${name} value (${values.join(', ')})`,
    params: { reason: 'notOneOf', values: values.join(', ') },
  });
}

/** TRTC userId rule: letters, digits, '_' and '-', at most 32. */
export const userIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, rule('userId'));

// Ranges are checked before integrality: 1e300 is outside the range before it is an unsafe integer.

/** TRTC numeric roomId: 1 to 4294967294. */
export const roomIdSchema = z
  .number()
  .min(1, rule('roomIdRange'))
  .max(4294967294, rule('roomIdRange'))
  .int(rule('roomIdInteger'));

/** TRTC strRoomId: up to 64 bytes of letters, digits, space and !#$%&()+-:;<=.>?@[]^_{}|~, */
export const strRoomIdSchema = z
  .string()
  .min(1, rule('strRoomIdEmpty'))
  .max(64, rule('strRoomIdLength'))
  .regex(/^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]+$/, rule('strRoomIdCharacter'));

/** A positive 32-bit SDKAppID. */
export const sdkAppIdSchema = z
  .number()
  .min(1, rule('sdkAppIdPositive'))
  .max(4294967295, rule('sdkAppIdRange'))
  .int(rule('sdkAppIdInteger'));

export const sceneSchema = sdkEnum('TRTCAppScene', TRTCAppScene);
export const roleSchema = sdkEnum('TRTCRoleType', TRTCRoleType);
export const fillModeSchema = sdkEnum('TRTCVideoFillMode', TRTCVideoFillMode);
/** The microphone's quality, as startLocalAudio takes it. */
export const audioQualitySchema = sdkEnum('TRTCAudioQuality', TRTCAudioQuality);
/** A voice reverb, as setVoiceReverbType takes it. */
export const voiceReverbSchema = sdkEnum('TRTCVoiceReverbType', TRTCVoiceReverbType);
/** A voice changer, as setVoiceChangerType takes it. */
export const voiceChangerSchema = sdkEnum('TRTCVoiceChangerType', TRTCVoiceChangerType);

/** TRTCVideoEncParam as the console sets it. */
export const encoderParamsSchema = z.strictObject({
  videoResolution: sdkEnum('TRTCVideoResolution', TRTCVideoResolution),
  resMode: sdkEnum('TRTCVideoResolutionMode', TRTCVideoResolutionMode),
  videoFps: z.number().min(1, rule('videoFpsRange')).max(60, rule('videoFpsRange')).int(rule('videoFpsInteger')),
  videoBitrate: z.number().min(1, rule('videoBitrateRange')).max(12000, rule('videoBitrateRange')).int(rule('videoBitrateInteger')),
  minVideoBitrate: z.number().min(0, rule('minVideoBitrateRange')).max(12000, rule('minVideoBitrateRange')).int(rule('minVideoBitrateRange')),
  enableAdjustRes: z.boolean(),
}).refine((p) => p.minVideoBitrate <= p.videoBitrate, {
  message: rule('minVideoBitrateAbove'),
  path: ['minVideoBitrate'],
});

const level = z.number().min(0, rule('levelRange')).max(9, rule('levelRange')).int(rule('levelInteger'));

/** setBeautyStyle arguments. */
export const beautySchema = z.strictObject({
  style: sdkEnum('TRTCBeautyStyle', TRTCBeautyStyle),
  beauty: level,
  white: level,
  ruddiness: level,
});
