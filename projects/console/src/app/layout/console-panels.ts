import type { Type } from '@angular/core';


/** One dockable panel of the control panel. */
export interface ConsolePanel {
  /** Names the panel everywhere: its section is labelled by the heading `<id>-heading`, and layouts store it. */
  id: string;
  /** The translation key of its heading. */
  headingKey: string;
  /** Loads what the panel shows, as its own chunk. */
  load: () => Promise<Type<unknown>>;
  /** The column it starts in (0 is the left one, under the docked preview). */
  column: number;
  /** Shown only while the engine is the sandbox. */
  sandboxOnly?: boolean;
  /** Settings that should not change mid-show: folded away while on air, one click from open. */
  foldsOnAir?: boolean;
}

/** How many columns the panels are docked in. */
export const PANEL_COLUMNS = 3;

/**
 * Every panel of the control panel, in default order: adding a panel is one entry here (and its
 * translations in CONSOLE_TRANSLATIONS).
 */
export const CONSOLE_PANELS: readonly ConsolePanel[] = [
  { id: 'session', headingKey: 'session.heading', load: () => import('../session/room-form').then((m) => m.RoomForm), column: 0, foldsOnAir: true },
  { id: 'media', headingKey: 'console.media', load: () => import('../media/media-panel').then((m) => m.MediaPanel), column: 0 },
  { id: 'mixer', headingKey: 'mixer.heading', load: () => import('../mixer/mixer-panel').then((m) => m.MixerPanel), column: 0 },
  { id: 'music', headingKey: 'music.heading', load: () => import('../music/music-panel').then((m) => m.MusicPanel), column: 0 },
  { id: 'co-anchoring', headingKey: 'coAnchoring.heading', load: () => import('../co-anchoring/co-anchoring-panel').then((m) => m.CoAnchoringPanel), column: 0 },
  { id: 'go-live', headingKey: 'goLive.heading', load: () => import('../go-live/go-live-panel').then((m) => m.GoLivePanel), column: 1 },
  { id: 'pk', headingKey: 'pk.heading', load: () => import('../pk/pk-panel').then((m) => m.PkPanel), column: 1 },
  { id: 'participants', headingKey: 'participants.heading', load: () => import('../participants/participants-panel').then((m) => m.ParticipantsPanel), column: 1 },
  { id: 'share', headingKey: 'share.heading', load: () => import('../screen-share/screen-share-panel').then((m) => m.ScreenSharePanel), column: 1 },
  { id: 'beauty', headingKey: 'beauty.heading', load: () => import('../beauty/beauty-panel').then((m) => m.BeautyPanel), column: 1 },
  { id: 'stats', headingKey: 'stats.heading', load: () => import('../stats/stats-panel').then((m) => m.StatsPanel), column: 2 },
  { id: 'event-log', headingKey: 'eventLog.heading', load: () => import('../event-log/event-log-panel').then((m) => m.EventLogPanel), column: 2 },
  { id: 'encoder', headingKey: 'encoder.heading', load: () => import('../encoder/encoder-panel').then((m) => m.EncoderPanel), column: 2, foldsOnAir: true },
  { id: 'sandbox', headingKey: 'sandbox.heading', load: () => import('../sandbox/sandbox-panel').then((m) => m.SandboxPanel), column: 2, sandboxOnly: true },
];

/** The registry entry of a panel id; undefined for an id no panel has. */
export function consolePanel(id: string): ConsolePanel | undefined {
  return CONSOLE_PANELS.find((panel) => panel.id === id);
}
