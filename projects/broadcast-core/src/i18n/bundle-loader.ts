import { TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';

import type { Dictionary, LanguageCode, TranslationBundle } from './translation-bundle';

/** Serves translations from the bundles compiled into the app: the console works offline, with no fetch. */
export class BundleLoader extends TranslateLoader {
  constructor(private readonly bundles: readonly TranslationBundle[]) {
    super();
  }

  /** All bundles' texts for a language, each under its namespace. */
  override getTranslation(lang: string): Observable<TranslationObject> {
    const merged: Record<string, Dictionary> = {};
    for (const bundle of this.bundles) {
      const texts = bundle.texts[lang as LanguageCode];
      if (texts) merged[bundle.namespace] = texts;
    }
    return of(merged as TranslationObject);
  }
}
