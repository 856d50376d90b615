import { DEFAULT_DESKTOP_SETTINGS, desktopSettingsSchema, savedPlacementSchema, settingsPatchSchema, windowNameSchema, InvalidSettingsError, issueLines } from './desktop-settings';

const placement = {
  displayId: 2528732444,
  displayLabel: 'EPSON PJ',
  displayBounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1.25,
  bounds: { x: -1800, y: 100, width: 800, height: 600 },
  mode: 'fullscreen',
};

describe('the desktop settings schema', () => {
  it('accepts its own defaults: sandbox engine, no SDKAppID, no token URL, English, no saved windows', () => {
    expect(desktopSettingsSchema.parse(DEFAULT_DESKTOP_SETTINGS)).toEqual({ version: 1, engine: 'sandbox', sdkAppId: null, tokenUrl: '', language: 'en', windows: {} });
  });

  it.each([
    ['engine', 'trtc', true],
    ['engine', 'TRTC', false],
    ['sdkAppId', 1400000000, true],
    ['sdkAppId', 4294967295, true],
    ['sdkAppId', 4294967296, false],
    ['sdkAppId', 0, false],
    ['sdkAppId', 1.5, false],
    ['sdkAppId', '1400000000', false],
    ['tokenUrl', 'https://example.com/usersig?app=1', true],
    ['tokenUrl', 'http://127.0.0.1:8080/sig', true],
    ['tokenUrl', 'ftp://example.com/sig', false],
    ['tokenUrl', 'example.com', false],
    ['language', 'zh-CN', true],
    ['language', 'fr', false],
    ['devSecretKey', 'a'.repeat(64), true],
    ['devSecretKey', '', false],
  ])('%s = %j passes: %s', (field, value, passes) => {
    expect(settingsPatchSchema.safeParse({ [field]: value }).success).toBe(passes);
  });

  it('checks a saved placement strictly: finite numbers, positive sizes, known modes, no extra fields', () => {
    expect(savedPlacementSchema.safeParse(placement).success).toBe(true);
    for (const broken of [
      { ...placement, bounds: { ...placement.bounds, width: 0 } },
      { ...placement, bounds: { ...placement.bounds, x: Number.NaN } },
      { ...placement, displayBounds: { ...placement.displayBounds, height: -1 } },
      { ...placement, scaleFactor: 0 },
      { ...placement, displayId: 1.5 },
      { ...placement, mode: 'minimized' },
      { ...placement, extra: true },
      { ...placement, bounds: { ...placement.bounds, z: 1 } },
      { ...placement, displayLabel: undefined },
    ]) {
      expect(savedPlacementSchema.safeParse(broken).success).toBe(false);
    }
  });

  it('takes plain window names and refuses ones that could reach an object\'s prototype', () => {
    for (const name of ['console', 'preview', 'wall', 'panel:users', 'panel.remote-2']) expect(windowNameSchema.safeParse(name).success).toBe(true);
    for (const name of ['', '__proto__', 'constructor ', '-x', 'a'.repeat(65), 'a/b']) expect(windowNameSchema.safeParse(name).success).toBe(false);
  });

  it('refuses a "__proto__" window in a change, which zod alone would drop silently', () => {
    expect(settingsPatchSchema.safeParse({ windows: JSON.parse(`{ "__proto__": ${JSON.stringify(placement)} }`) }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ windows: { wall: placement } }).success).toBe(true);
  });

  it('refuses unknown fields and the version in a change', () => {
    expect(settingsPatchSchema.safeParse({ langauge: 'en' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ version: 1 }).success).toBe(false);
  });

  it('states issues by field without quoting the value (it may be the secret key)', () => {
    const secret = 'x'.repeat(300);
    const parsed = settingsPatchSchema.safeParse({ language: 'fr', devSecretKey: secret });
    if (parsed.success) throw new Error('expected the change to fail');
    const error = new InvalidSettingsError(issueLines(parsed.error));
    expect(error.issues).toHaveLength(2);
    expect(error.message).toMatch(/^Invalid settings change: language: .*; devSecretKey: /);
    expect(error.message).not.toContain(secret.slice(0, 20));
  });
});
