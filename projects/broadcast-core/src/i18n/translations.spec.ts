import { firstValueFrom } from 'rxjs';

import { REFUSAL_TEXTS, RULE_MESSAGES } from '../bridge/rule-messages';
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

  it('has every refusal reason and every TRTC rule in every language, with the bridge’s placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [group, english] of [['refusals', REFUSAL_TEXTS], ['rules', RULE_MESSAGES]] as const) {
      for (const { code } of LANGUAGES) {
        const texts = CORE_TRANSLATIONS.texts[code][group] as Dictionary;
        for (const [key, template] of Object.entries(english)) {
          const text = texts[key];
          expect([code, group, key, typeof text === 'string' && text.trim() !== '']).toEqual([code, group, key, true]);
          // The bridge writes {param}; ngx-translate fills {{param}}: the same params, none left single-braced.
          const bridgeParams = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect([code, key, placeholders(text as string)]).toEqual([code, key, bridgeParams]);
          expect((text as string).replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]/);
        }
      }
    }
    // English is the bridge's own words, placeholders aside.
    expect(CORE_TRANSLATIONS.texts.en['refusals']).toMatchObject({ noRemoteUser: 'no remote user "{{userId}}"' });
    expect(CORE_TRANSLATIONS.texts.en['rules']).toMatchObject({ roomAddress: RULE_MESSAGES.roomAddress });
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
