import * as z from 'zod';

import { WINDOW_MODES, type SavedPlacement } from '../displays/saved-layout';

/** The settings file's name inside Electron's `userData` directory. */
export const SETTINGS_FILE_NAME = 'settings.json';

/** The file format this code reads and writes. */
export const SETTINGS_VERSION = 1;

/** A rect as saved: finite numbers, positive sides (zod's numbers already refuse NaN and Infinity). */
const rectSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});

/** One window's saved placement, checked strictly: a field missing, extra or out of range fails the whole entry. */
export const savedPlacementSchema: z.ZodType<SavedPlacement> = z.strictObject({
  displayId: z.number().int(),
  displayLabel: z.string().max(256),
  displayBounds: rectSchema,
  scaleFactor: z.number().positive(),
  bounds: rectSchema,
  mode: z.enum(WINDOW_MODES),
});

/** A window name as saved: plain letters, digits and `.:_-`, starting with a letter or digit (so never `__proto__`). */
export const windowNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.:_-]{0,63}$/, 'a window name is 1-64 letters, digits or .:_- and starts with a letter or digit');

/** The saved placements by window name. */
export const savedLayoutSchema = z
  .unknown()
  // zod drops a "__proto__" key from a record without a word; as a window name it is refused like any other bad name.
  .refine((value) => !(typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')), '"__proto__" is not a window name')
  .pipe(z.record(windowNameSchema, savedPlacementSchema));

/** Each setting's schema, one per field, so a broken field costs only itself. */
export const desktopSettingsShape = {
  /** Which TRTC cloud the engine talks to: the offline sandbox, or Tencent's. */
  engine: z.enum(['sandbox', 'trtc']),
  /** The TRTC application, a positive 32-bit integer, or null before one is set. */
  sdkAppId: z.number().int().min(1).max(4294967295).nullable(),
  /** Where to fetch a userSig (GET, answers `{ "userSig": "…" }`); empty for none. */
  tokenUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  language: z.enum(['en', 'zh-CN']),
  windows: savedLayoutSchema,
  /** Development only: a TRTC secret key the engine side signs userSigs with. Never sent to a UI window. */
  devSecretKey: z.string().min(1).max(256).optional(),
};

/** The whole settings file, as written. */
export const desktopSettingsSchema = z.strictObject({ version: z.literal(SETTINGS_VERSION), ...desktopSettingsShape });

/** The desktop app's settings. */
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

/** The fields a setting change may name (all but `version`), each optional; `devSecretKey: undefined` removes the key. */
export const settingsPatchSchema = z.strictObject(desktopSettingsShape).partial();

/** A change to some settings. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** What a first launch uses, and what a field falls back to when it cannot be read. */
export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = {
  version: SETTINGS_VERSION,
  engine: 'sandbox',
  sdkAppId: null,
  tokenUrl: '',
  language: 'en',
  windows: {},
};

/** Settings (or a change to them) that do not pass the schema; `issues` name each field and what is wrong. */
export class InvalidSettingsError extends Error {
  constructor(
    readonly issues: string[],
    what = 'settings change',
  ) {
    super(`Invalid ${what}: ${issues.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/** Zod's issues as "path: message" lines, never quoting the value (it may be the secret key). */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
