import * as z from 'zod';
import {
  TRTCAppScene,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
} from 'trtc-electron-sdk/liteav/trtc_define';

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
  .regex(/^[A-Za-z0-9_-]{1,32}$/, "userId may contain only letters, digits, '_' and '-' (1 to 32 characters)");

/** TRTC numeric roomId: 1 to 4294967294. */
export const roomIdSchema = z
  .number()
  .int('roomId must be an integer')
  .min(1, 'roomId must be between 1 and 4294967294')
  .max(4294967294, 'roomId must be between 1 and 4294967294');

/** TRTC strRoomId: up to 64 bytes of letters, digits, space and !#$%&()+-:;<=.>?@[]^_{}|~, */
export const strRoomIdSchema = z
  .string()
  .min(1, 'strRoomId must not be empty')
  .max(64, 'strRoomId may hold at most 64 characters')
  .regex(/^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]+$/, 'strRoomId has a character TRTC does not allow');

/** A positive 32-bit SDKAppID. */
export const sdkAppIdSchema = z
  .number()
  .int('sdkAppId must be an integer')
  .min(1, 'sdkAppId must be a positive number from the TRTC console')
  .max(4294967295, 'sdkAppId must fit in 32 bits');

export const sceneSchema = sdkEnum('TRTCAppScene', TRTCAppScene);
export const roleSchema = sdkEnum('TRTCRoleType', TRTCRoleType);
export const fillModeSchema = sdkEnum('TRTCVideoFillMode', TRTCVideoFillMode);

/** TRTCVideoEncParam as the console sets it. */
export const encoderParamsSchema = z.strictObject({
  videoResolution: sdkEnum('TRTCVideoResolution', TRTCVideoResolution),
  resMode: sdkEnum('TRTCVideoResolutionMode', TRTCVideoResolutionMode),
  videoFps: z.number().int('videoFps must be an integer').min(1, 'videoFps must be 1 to 60').max(60, 'videoFps must be 1 to 60'),
  videoBitrate: z.number().int().min(1, 'videoBitrate must be 1 to 12000 kbps').max(12000, 'videoBitrate must be 1 to 12000 kbps'),
  minVideoBitrate: z.number().int().min(0).max(12000),
  enableAdjustRes: z.boolean(),
}).refine((p) => p.minVideoBitrate <= p.videoBitrate, {
  message: 'minVideoBitrate must not exceed videoBitrate',
  path: ['minVideoBitrate'],
});

const level = z.number().int('levels are whole numbers 0-9').min(0, 'levels are 0-9').max(9, 'levels are 0-9');

/** setBeautyStyle arguments. */
export const beautySchema = z.strictObject({
  style: sdkEnum('TRTCBeautyStyle', TRTCBeautyStyle),
  beauty: level,
  white: level,
  ruddiness: level,
});
