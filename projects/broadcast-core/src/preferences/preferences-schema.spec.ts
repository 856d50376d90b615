import { DEFAULT_PREFERENCES, parsePreferences } from './preferences-schema';

describe('parsePreferences', () => {
  it('gives the defaults on first launch', () => {
    expect(parsePreferences(null)).toEqual({ value: DEFAULT_PREFERENCES, problems: [] });
  });

  it('reads back every valid field', () => {
    const saved = { ...DEFAULT_PREFERENCES, language: 'zh-CN', previewDocked: true, wallOrder: ['b', 'a'], tokenUrl: 'https://t.example/sig' };
    expect(parsePreferences(JSON.stringify(saved))).toEqual({ value: saved, problems: [] });
  });

  it('keeps the valid fields of a partly corrupt file and names each bad one', () => {
    const { value, problems } = parsePreferences(JSON.stringify({ language: 'fr', previewDocked: true, wallLayout: 42 }));
    expect(value).toEqual({ ...DEFAULT_PREFERENCES, previewDocked: true });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"language"');
    expect(problems[1]).toContain('"wallLayout"');
  });

  it('falls back to the defaults, saying why, for text that is not JSON or not an object', () => {
    expect(parsePreferences('{"language": "en"')).toEqual({
      value: DEFAULT_PREFERENCES,
      problems: ['saved preferences are not valid JSON; defaults are in use'],
    });
    expect(parsePreferences('[1,2]').problems).toEqual(['saved preferences are not an object; defaults are in use']);
    expect(parsePreferences('null').problems).toEqual(['saved preferences are not an object; defaults are in use']);
  });

  it('ignores keys it does not know (a newer version may have written them)', () => {
    expect(parsePreferences(JSON.stringify({ future: 1, previewDocked: true }))).toEqual({
      value: { ...DEFAULT_PREFERENCES, previewDocked: true },
      problems: [],
    });
  });
});
