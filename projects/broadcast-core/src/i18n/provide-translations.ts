import { DOCUMENT, effect, inject, provideEnvironmentInitializer, type EnvironmentProviders, type Provider } from '@angular/core';
import { TranslateService, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';

import { PreferencesStore } from '../preferences/preferences-store';
import { BundleLoader } from './bundle-loader';
import { CORE_TRANSLATIONS } from './core-translations';
import { DEFAULT_LANGUAGE } from './languages';
import type { TranslationBundle } from './translation-bundle';

/**
 * ngx-translate over the given bundles (plus the shared core texts), in the
 * language the preferences hold; a change in any window switches every window.
 */
export function provideTranslations(bundles: readonly TranslationBundle[]): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslateService({
      fallbackLang: DEFAULT_LANGUAGE,
      loader: provideTranslateLoader(() => new BundleLoader([CORE_TRANSLATIONS, ...bundles])),
    }),
    provideEnvironmentInitializer(() => {
      const translate = inject(TranslateService);
      const preferences = inject(PreferencesStore);
      const root = inject(DOCUMENT).documentElement;
      effect(() => {
        const language = preferences.value().language;
        translate.use(language);
        root.lang = language;
      });
    }),
  ];
}
