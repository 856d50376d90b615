import type { Type } from '@angular/core';

import { BeautyPanel } from '../beauty/beauty-panel';
import { CoAnchoringPanel } from '../co-anchoring/co-anchoring-panel';
import { EncoderPanel } from '../encoder/encoder-panel';
import { EventLogPanel } from '../event-log/event-log-panel';
import { GoLivePanel } from '../go-live/go-live-panel';
import { MediaPanel } from '../media/media-panel';
import { MixerPanel } from '../mixer/mixer-panel';
import { ParticipantsPanel } from '../participants/participants-panel';
import { PkPanel } from '../pk/pk-panel';
import { SandboxPanel } from '../sandbox/sandbox-panel';
import { ScreenSharePanel } from '../screen-share/screen-share-panel';
import { RoomForm } from '../session/room-form';
import { StatsPanel } from '../stats/stats-panel';

/** One dockable panel of the control panel. */
export interface ConsolePanel {
  /** Names the panel everywhere: its section is labelled by the heading `<id>-heading`, and layouts store it. */
  id: string;
  /** The translation key of its heading. */
  headingKey: string;
  /** What the panel shows. */
  component: Type<unknown>;
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
  { id: 'session', headingKey: 'session.heading', component: RoomForm, column: 0, foldsOnAir: true },
  { id: 'media', headingKey: 'console.media', component: MediaPanel, column: 0 },
  { id: 'mixer', headingKey: 'mixer.heading', component: MixerPanel, column: 0 },
  { id: 'co-anchoring', headingKey: 'coAnchoring.heading', component: CoAnchoringPanel, column: 0 },
  { id: 'go-live', headingKey: 'goLive.heading', component: GoLivePanel, column: 1 },
  { id: 'pk', headingKey: 'pk.heading', component: PkPanel, column: 1 },
  { id: 'participants', headingKey: 'participants.heading', component: ParticipantsPanel, column: 1 },
  { id: 'share', headingKey: 'share.heading', component: ScreenSharePanel, column: 1 },
  { id: 'beauty', headingKey: 'beauty.heading', component: BeautyPanel, column: 1 },
  { id: 'stats', headingKey: 'stats.heading', component: StatsPanel, column: 2 },
  { id: 'event-log', headingKey: 'eventLog.heading', component: EventLogPanel, column: 2 },
  { id: 'encoder', headingKey: 'encoder.heading', component: EncoderPanel, column: 2, foldsOnAir: true },
  { id: 'sandbox', headingKey: 'sandbox.heading', component: SandboxPanel, column: 2, sandboxOnly: true },
];

/** The registry entry of a panel id; undefined for an id no panel has. */
export function consolePanel(id: string): ConsolePanel | undefined {
  return CONSOLE_PANELS.find((panel) => panel.id === id);
}
