import { defineTranslations, type TranslationBundle } from '@broadcast-core/i18n';

import { BEAUTY_TRANSLATIONS } from './beauty/beauty-translations';
import { CO_ANCHORING_TRANSLATIONS } from './co-anchoring/co-anchoring-translations';
import { DESKTOP_TRANSLATIONS } from './desktop/desktop-translations';
import { ENCODER_TRANSLATIONS } from './encoder/encoder-translations';
import { CONFIRM_TRANSLATIONS } from './confirm/confirm-translations';
import { LAYOUT_TRANSLATIONS } from './layout/layout-translations';
import { SHOW_TRANSLATIONS } from './show/show-translations';
import { EVENT_LOG_TRANSLATIONS } from './event-log/event-log-translations';
import { GO_LIVE_TRANSLATIONS } from './go-live/go-live-translations';
import { MEDIA_TRANSLATIONS } from './media/media-translations';
import { MIXER_TRANSLATIONS } from './mixer/mixer-translations';
import { MUSIC_TRANSLATIONS } from './music/music-translations';
import { PREFLIGHT_TRANSLATIONS } from './preflight/preflight-translations';
import { PARTICIPANTS_TRANSLATIONS } from './participants/participants-translations';
import { PK_TRANSLATIONS } from './pk/pk-translations';
import { SANDBOX_TRANSLATIONS } from './sandbox/sandbox-translations';
import { SCREEN_SHARE_TRANSLATIONS } from './screen-share/screen-share-translations';
import { SESSION_TRANSLATIONS } from './session/session-translations';
import { STATS_TRANSLATIONS } from './stats/stats-translations';
import { SHORTCUTS_TRANSLATIONS } from './shortcuts/shortcuts-translations';
import { WINDOWS_TRANSLATIONS } from './windows/windows-translations';

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
  SANDBOX_TRANSLATIONS,
  STATS_TRANSLATIONS,
  SHORTCUTS_TRANSLATIONS,
  WINDOWS_TRANSLATIONS,
  PARTICIPANTS_TRANSLATIONS,
  PK_TRANSLATIONS,
  GO_LIVE_TRANSLATIONS,
  SCREEN_SHARE_TRANSLATIONS,
  EVENT_LOG_TRANSLATIONS,
  MEDIA_TRANSLATIONS,
  MIXER_TRANSLATIONS,
  MUSIC_TRANSLATIONS,
  PREFLIGHT_TRANSLATIONS,
  CO_ANCHORING_TRANSLATIONS,
  ENCODER_TRANSLATIONS,
  BEAUTY_TRANSLATIONS,
  DESKTOP_TRANSLATIONS,
  LAYOUT_TRANSLATIONS,
  SHOW_TRANSLATIONS,
  CONFIRM_TRANSLATIONS,
];
