import type { LanguageCode } from './translation-bundle';

/** The languages offered, each named in itself. */
export const LANGUAGES: readonly { code: LanguageCode; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
];

/** The language used when a text or a saved choice is missing. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
