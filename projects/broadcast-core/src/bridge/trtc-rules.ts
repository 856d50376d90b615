import * as z from 'zod';
import {
  TRTCAppScene,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { RULE_MESSAGES } from './rule-messages';

/** The numeric values of a TypeScript numeric enum (which also maps names back). */
export function enumValues(e: object): number[] {
  return Object.values(e).filter((v): v is number => typeof v === 'number');
}

/** A schema accepting exactly the values of an SDK enum, with the enum's name in the error. */
export function sdkEnum(name: string, e: Record<string, string | number>) {
  const values = enumValues(e);
  return z.number().refine((v) => values.includes(v), { message: `must be a ${name} value (${values.join(', ')})` });
}

/** TRTC userId rule: letters, digits, '_' and '-', at most 32. */
export const userIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, RULE_MESSAGES.userId);

/** TRTC numeric roomId: 1 to 4294967294. */
export const roomIdSchema = z
  .number()
  .int(RULE_MESSAGES.roomIdInteger)
  .min(1, RULE_MESSAGES.roomIdRange)
  .max(4294967294, RULE_MESSAGES.roomIdRange);

/** TRTC strRoomId: up to 64 bytes of letters, digits, space and !#$%&()+-:;<=.>?@[]^_{}|~, */
export const strRoomIdSchema = z
  .string()
  .min(1, RULE_MESSAGES.strRoomIdEmpty)
  .max(64, RULE_MESSAGES.strRoomIdLength)
  .regex(/^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]+$/, RULE_MESSAGES.strRoomIdCharacter);

/** A positive 32-bit SDKAppID. */
export const sdkAppIdSchema = z
  .number()
  .int(RULE_MESSAGES.sdkAppIdInteger)
  .min(1, RULE_MESSAGES.sdkAppIdPositive)
  .max(4294967295, RULE_MESSAGES.sdkAppIdRange);

export const sceneSchema = sdkEnum('TRTCAppScene', TRTCAppScene);
export const roleSchema = sdkEnum('TRTCRoleType', TRTCRoleType);
export const fillModeSchema = sdkEnum('TRTCVideoFillMode', TRTCVideoFillMode);

/** TRTCVideoEncParam as the console sets it. */
export const encoderParamsSchema = z.strictObject({
  videoResolution: sdkEnum('TRTCVideoResolution', TRTCVideoResolution),
  resMode: sdkEnum('TRTCVideoResolutionMode', TRTCVideoResolutionMode),
  videoFps: z.number().int(RULE_MESSAGES.videoFpsInteger).min(1, RULE_MESSAGES.videoFpsRange).max(60, RULE_MESSAGES.videoFpsRange),
  videoBitrate: z.number().int(RULE_MESSAGES.videoBitrateInteger).min(1, RULE_MESSAGES.videoBitrateRange).max(12000, RULE_MESSAGES.videoBitrateRange),
  minVideoBitrate: z.number().int(RULE_MESSAGES.minVideoBitrateRange).min(0, RULE_MESSAGES.minVideoBitrateRange).max(12000, RULE_MESSAGES.minVideoBitrateRange),
  enableAdjustRes: z.boolean(),
}).refine((p) => p.minVideoBitrate <= p.videoBitrate, {
  message: RULE_MESSAGES.minVideoBitrateAbove,
  path: ['minVideoBitrate'],
});

const level = z.number().int(RULE_MESSAGES.levelInteger).min(0, RULE_MESSAGES.levelRange).max(9, RULE_MESSAGES.levelRange);

/** setBeautyStyle arguments. */
export const beautySchema = z.strictObject({
  style: sdkEnum('TRTCBeautyStyle', TRTCBeautyStyle),
  beauty: level,
  white: level,
  ruddiness: level,
});
