import type { SavedLayout } from '../displays/saved-layout';
import {
  DEFAULT_DESKTOP_SETTINGS,
  SETTINGS_FILE_NAME,
  SETTINGS_VERSION,
  desktopSettingsShape,
  savedPlacementSchema,
  windowNameSchema,
  type DesktopSettings,
} from './desktop-settings';

/** Settings read back, and a plain English sentence for everything that could not be used. */
export interface LoadedSettings {
  settings: DesktopSettings;
  notices: string[];
}

type ScalarField = Exclude<keyof typeof desktopSettingsShape, 'windows'>;

/** How each field is named to the user, and what its default means in words. */
const FIELD_WORDS: Record<ScalarField, { name: string; fallback: string; secret?: boolean }> = {
  engine: { name: 'engine', fallback: 'the sandbox engine is used' },
  sdkAppId: { name: 'SDKAppID', fallback: 'no SDKAppID is set' },
  tokenUrl: { name: 'token URL', fallback: 'no token URL is used' },
  language: { name: 'language', fallback: 'English is used' },
  // Its value is never repeated back: notices reach the UI and logs.
  devSecretKey: { name: 'development secret key', fallback: 'no key is used', secret: true },
};

const SCALAR_FIELDS = Object.keys(FIELD_WORDS) as ScalarField[];
const KNOWN_KEYS = new Set<string>(['version', 'windows', ...SCALAR_FIELDS]);

/**
 * Reads a parsed settings object field by field: a field that fails keeps
 * its default and gets a notice, the others are kept; a saved window entry
 * that fails is dropped alone. Missing fields take their defaults silently.
 */
export function parseSettings(data: Readonly<Record<string, unknown>>, fileName = SETTINGS_FILE_NAME): LoadedSettings {
  const settings: DesktopSettings = { ...DEFAULT_DESKTOP_SETTINGS, windows: {} };
  const notices: string[] = [];
  const has = (key: string) => Object.hasOwn(data, key);

  if (has('version') && data['version'] !== SETTINGS_VERSION) {
    notices.push(`${fileName} has version ${shown(data['version'])}, and this version of the app reads version ${SETTINGS_VERSION}; the settings it understands are used.`);
  }
  for (const field of SCALAR_FIELDS) {
    if (!has(field)) continue;
    const parsed = desktopSettingsShape[field].safeParse(data[field]);
    if (parsed.success) {
      // Each field's schema matches its own key; TypeScript cannot pair them through the loop variable.
      Object.assign(settings, { [field]: parsed.data });
    } else {
      const words = FIELD_WORDS[field];
      const value = words.secret ? '' : ` (${shown(data[field])})`;
      notices.push(`The ${words.name} in ${fileName} was not understood${value}; ${words.fallback}.`);
    }
  }
  if (has('windows')) {
    const windows = parseWindows(data['windows'], fileName);
    settings.windows = windows.layout;
    notices.push(...windows.notices);
  }
  const unknown = Object.keys(data).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    notices.push(`${fileName} has settings this version of the app does not know (${unknown.map(shown).join(', ')}); they are ignored and will not be kept.`);
  }
  return { settings, notices };
}

function parseWindows(value: unknown, fileName: string): { layout: SavedLayout; notices: string[] } {
  if (!isPlainObject(value)) {
    return { layout: {}, notices: [`The saved window positions in ${fileName} were not understood; every window opens at its default place.`] };
  }
  const kept: [string, SavedLayout[string]][] = [];
  const notices: string[] = [];
  for (const [name, entry] of Object.entries(value)) {
    const placement = savedPlacementSchema.safeParse(entry);
    if (windowNameSchema.safeParse(name).success && placement.success) kept.push([name, placement.data]);
    else notices.push(`The saved position of the ${shown(name)} window in ${fileName} was not understood; that window opens at its default place.`);
  }
  // fromEntries defines own properties; the names were checked, but this keeps the object plain regardless.
  return { layout: Object.fromEntries(kept), notices };
}

/** True for `{…}`, not for arrays or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A value as the user wrote it, short enough for a sentence.
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
