import fc from 'fast-check';

import { DEFAULT_DESKTOP_SETTINGS, desktopSettingsSchema } from './desktop-settings';
import { parseSettings } from './parse-settings';

const wall = {
  displayId: 2,
  displayLabel: 'EPSON PJ',
  displayBounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  mode: 'fullscreen',
};
const good = { version: 1, engine: 'trtc', sdkAppId: 1400000000, tokenUrl: 'https://sig.example.com/usersig', language: 'zh-CN', windows: { wall }, devSecretKey: 'k'.repeat(64) };

describe('parseSettings', () => {
  it('reads a good file as it is, without notices', () => {
    expect(parseSettings(good)).toEqual({ settings: good, notices: [] });
  });

  it('gives missing fields their defaults silently (a file from before they existed)', () => {
    expect(parseSettings({ language: 'zh-CN' })).toEqual({ settings: { ...DEFAULT_DESKTOP_SETTINGS, language: 'zh-CN' }, notices: [] });
  });

  it('keeps every good field when one is broken, and says which in plain English', () => {
    const { settings, notices } = parseSettings({ ...good, language: 'fr' });
    expect(settings).toEqual({ ...good, language: 'en' });
    expect(notices).toEqual(['The language in settings.json was not understood ("fr"); English is used.']);
  });

  it('names each broken field and what is used instead', () => {
    const { settings, notices } = parseSettings({ ...good, engine: 'cloud', sdkAppId: -3, tokenUrl: 'file:///etc/passwd', language: 42 });
    expect(settings).toEqual({ ...DEFAULT_DESKTOP_SETTINGS, windows: good.windows, devSecretKey: good.devSecretKey });
    expect(notices).toEqual([
      'The engine in settings.json was not understood ("cloud"); the sandbox engine is used.',
      'The SDKAppID in settings.json was not understood (-3); no SDKAppID is set.',
      'The token URL in settings.json was not understood ("file:///etc/passwd"); no token URL is used.',
      'The language in settings.json was not understood (42); English is used.',
    ]);
  });

  it('never repeats the secret key back, even when it is broken', () => {
    const secret = `${'s'.repeat(300)}`;
    const { settings, notices } = parseSettings({ ...good, devSecretKey: secret });
    expect(settings.devSecretKey).toBeUndefined();
    expect(notices).toEqual(['The development secret key in settings.json was not understood; no key is used.']);
  });

  it('drops a broken window entry alone and keeps the others', () => {
    const { settings, notices } = parseSettings({
      ...good,
      windows: { wall, console: { ...wall, mode: 'windowed', bounds: { x: 0, y: 0, width: -5, height: 600 } }, preview: 'left', __proto__x: wall },
    });
    expect(settings.windows).toEqual({ wall });
    expect(notices).toEqual([
      'The saved position of the "console" window in settings.json was not understood; that window opens at its default place.',
      'The saved position of the "preview" window in settings.json was not understood; that window opens at its default place.',
      'The saved position of the "__proto__x" window in settings.json was not understood; that window opens at its default place.',
    ]);
  });

  it('never lets a "__proto__" window entry reach the prototype', () => {
    const data = JSON.parse(`{ "windows": { "__proto__": ${JSON.stringify(wall)} } }`) as Record<string, unknown>;
    const { settings, notices } = parseSettings(data);
    expect(Object.getPrototypeOf(settings.windows)).toBe(Object.prototype);
    expect(settings.windows).toEqual({});
    expect(notices).toHaveLength(1);
  });

  it('says so when the window layout is not an object at all', () => {
    expect(parseSettings({ ...good, windows: [wall] })).toEqual({
      settings: { ...good, windows: {} },
      notices: ['The saved window positions in settings.json were not understood; every window opens at its default place.'],
    });
  });

  it('reads a file from another version as far as it can, and says so', () => {
    expect(parseSettings({ ...good, version: 2 }).notices).toEqual(['settings.json has version 2, and this version of the app reads version 1; the settings it understands are used.']);
  });

  it('names fields it does not know (a typo in a hand edit) and says they will not be kept', () => {
    const { settings, notices } = parseSettings({ langauge: 'zh-CN', theme: 'dark' });
    expect(settings).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(notices).toEqual(['settings.json has settings this version of the app does not know ("langauge", "theme"); they are ignored and will not be kept.']);
  });

  it('shortens a long value in a notice', () => {
    const [notice] = parseSettings({ language: 'x'.repeat(500) }).notices;
    expect(notice.length).toBeLessThan(120);
    expect(notice).toContain('…');
  });

  it('always returns settings that pass the schema, keeping every field that passes on its own', () => {
    const field = (valid: fc.Arbitrary<unknown>) => fc.oneof(valid, fc.jsonValue());
    const placementArb = fc.oneof(fc.constant(wall), fc.constant({ ...wall, mode: 'always-on-top' }), fc.jsonValue());
    const settingsLike = fc.record(
      {
        version: field(fc.constant(1)),
        engine: field(fc.constantFrom('sandbox', 'trtc')),
        sdkAppId: field(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 4294967295 }))),
        tokenUrl: field(fc.constantFrom('', 'https://a.example/x', 'http://127.0.0.1:1/')),
        language: field(fc.constantFrom('en', 'zh-CN')),
        windows: fc.oneof(fc.dictionary(fc.constantFrom('console', 'preview', 'wall', '__proto__', 'bad name'), placementArb), fc.jsonValue()),
        devSecretKey: field(fc.string({ minLength: 1, maxLength: 80 })),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settingsLike, (data) => {
        const { settings, notices } = parseSettings(data);
        expect(desktopSettingsSchema.safeParse(settings).success).toBe(true);
        for (const key of ['engine', 'sdkAppId', 'tokenUrl', 'language'] as const) {
          if (key in data && desktopSettingsSchema.shape[key].safeParse(data[key]).success) expect(settings[key]).toEqual(data[key]);
        }
        for (const notice of notices) expect(notice).toMatch(/settings\.json/);
      }),
      { numRuns: 500 },
    );
  });
});
