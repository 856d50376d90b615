import { defineTranslations, type TranslationBundle } from '@broadcast-core/i18n';

import { SESSION_TRANSLATIONS } from './session/session-translations';

/** Texts of the control panel's frame: title and panel headings that belong to no feature. */
const FRAME_TRANSLATIONS = defineTranslations(
  'console',
  { title: 'Broadcaster Console', media: 'Camera and microphone' },
  { title: '直播控制台', media: '摄像头与麦克风' },
);

/** Every text bundle of the control panel; each feature adds its own here. */
export const CONSOLE_TRANSLATIONS: readonly TranslationBundle[] = [
  FRAME_TRANSLATIONS,
  SESSION_TRANSLATIONS,
];
