import type { Preferences } from '@broadcast-core/preferences';

import type { PanelLayout } from './panel-layout';

/** One of the named arrangements; "custom" is the operator's own, kept apart from the others. */
export type LayoutPreset = Preferences['layoutPreset'];

/** The arrangements in the order the menu offers them. */
export const LAYOUT_PRESETS: readonly LayoutPreset[] = ['custom', 'show', 'setup', 'producer'];

/**
 * The built-in arrangements by panel id. Ids no panel has are skipped and panels not named are appended
 * to their default column when a preset is fitted, so panels added later still appear.
 */
export const PRESET_LAYOUTS: Record<Exclude<LayoutPreset, 'custom'>, PanelLayout> = {
  /** Live controls first; settings that must not change mid-show folded. */
  show: {
    columns: [['media', 'mixer', 'music', 'co-anchoring', 'share'], ['go-live', 'pk', 'participants', 'beauty'], ['event-log', 'stats', 'sandbox', 'session', 'encoder']],
    collapsed: ['session', 'encoder'],
  },
  /** Getting ready: devices, encoder and the session form up front. */
  setup: {
    columns: [['session', 'media', 'mixer', 'music'], ['encoder', 'beauty', 'share', 'go-live'], ['stats', 'event-log', 'sandbox', 'pk', 'participants', 'co-anchoring']],
    collapsed: ['pk', 'participants', 'co-anchoring'],
  },
  /** Running the show for a host: PK, participants and what goes out. */
  producer: {
    columns: [['pk', 'participants', 'go-live'], ['co-anchoring', 'share', 'event-log'], ['stats', 'sandbox', 'media', 'mixer', 'music', 'session', 'encoder', 'beauty']],
    collapsed: ['session', 'encoder', 'beauty', 'mixer', 'music'],
  },
};
