import type { TranslationBundle } from '@broadcast-core/i18n';

import { SESSION_TRANSLATIONS } from './session/session-translations';

/** Every text bundle of the control panel; each feature adds its own here. */
export const CONSOLE_TRANSLATIONS: readonly TranslationBundle[] = [SESSION_TRANSLATIONS];
