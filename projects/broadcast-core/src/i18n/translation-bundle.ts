/** A tree of UI texts; leaves may hold `{{param}}` placeholders. */
export interface Dictionary {
  readonly [key: string]: string | Dictionary;
}

/** The same keys as `T`, any strings: the compiler refuses a translation that misses or adds a key. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** The languages the console speaks. */
export type LanguageCode = 'en' | 'zh-CN';

/** One feature's texts in every language, under its own namespace. */
export interface TranslationBundle {
  readonly namespace: string;
  readonly texts: Readonly<Record<LanguageCode, Dictionary>>;
}

/**
 * Declares a feature's texts: English first, then a Simplified Chinese
 * translation that must have exactly the same keys.
 */
export function defineTranslations<const T extends Dictionary>(namespace: string, en: T, zhCN: SameKeys<T>): TranslationBundle {
  return { namespace, texts: { en, 'zh-CN': zhCN as Dictionary } };
}

/** Every key path of a dictionary, dot-joined, for checks that both languages match at run time too. */
export function keyPaths(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

/** English templates written `{param}` (as the bridge fills them) in ngx-translate's `{{param}}` form, same keys. */
export function ngxTemplates<const T extends Readonly<Record<string, string>>>(templates: T): { readonly [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(templates).map(([key, text]) => [key, text.replace(/\{(\w+)\}/g, '{{$1}}')])) as {
    readonly [K in keyof T]: string;
  };
}
