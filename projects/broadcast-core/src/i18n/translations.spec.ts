import { firstValueFrom } from 'rxjs';

import { BundleLoader } from './bundle-loader';
import { CORE_TRANSLATIONS } from './core-translations';
import { LANGUAGES } from './languages';
import { defineTranslations, keyPaths, type Dictionary } from './translation-bundle';

describe('translations', () => {
  it('the core bundle has the same keys in every language, and no empty text', () => {
    const en = keyPaths(CORE_TRANSLATIONS.texts.en).sort();
    for (const { code } of LANGUAGES) {
      expect(keyPaths(CORE_TRANSLATIONS.texts[code]).sort()).toEqual(en);
    }
    const leaves = (d: Dictionary): string[] => Object.values(d).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
    expect(leaves(CORE_TRANSLATIONS.texts['zh-CN']).filter((v) => v.trim() === '')).toEqual([]);
  });

  it('the loader serves each bundle under its namespace', async () => {
    const extra = defineTranslations('demo', { hi: 'Hello {{name}}' }, { hi: '你好 {{name}}' });
    const loader = new BundleLoader([CORE_TRANSLATIONS, extra]);
    const zh = (await firstValueFrom(loader.getTranslation('zh-CN'))) as Record<string, Dictionary>;
    expect(zh['demo']).toEqual({ hi: '你好 {{name}}' });
    expect((zh['core']['status'] as Dictionary)['in-room']).toBe('已进房');
    expect(await firstValueFrom(loader.getTranslation('xx'))).toEqual({});
  });
});
