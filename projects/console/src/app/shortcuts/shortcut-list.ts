import type { Command } from '@broadcast-core/bridge';
import type { LocalMediaState, PkState, SessionState } from '@broadcast-core/room-state';

/** What a shortcut's action needs to decide what to do. */
export interface ShortcutContext {
  session: SessionState;
  media: LocalMediaState;
  pk: PkState;
}

/** What pressing a shortcut does: send a command, or act in this window only. */
export type ShortcutAction =
  | { kind: 'command'; command: Command; doneKey: string }
  | { kind: 'local'; run: 'help' | 'dock' | 'leave' }
  | { kind: 'unavailable'; reasonKey: string };

/** A key a host hits under pressure, and what it does. */
export interface Shortcut {
  id: string;
  /** KeyboardEvent.key, compared case-insensitively for letters. */
  key: string;
  shift: boolean;
  /** How the keys read in the help overlay. */
  label: string;
  /** Translation key of what it does. */
  descriptionKey: string;
  action(ctx: ShortcutContext): ShortcutAction;
}

const inRoom = (ctx: ShortcutContext) => ctx.session.status === 'in-room';

/**
 * Single keys for the actions a live show needs in a second: mic, camera,
 * end PK, and (with Shift, so it is never hit by accident) leave the room.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'mic',
    key: 'm',
    shift: false,
    label: 'M',
    descriptionKey: 'shortcuts.mic',
    action: ({ media }) => ({
      kind: 'command',
      command: { type: 'muteLocalAudio', mute: !media.audioMuted },
      doneKey: media.audioMuted ? 'shortcuts.micOn' : 'shortcuts.micOff',
    }),
  },
  {
    id: 'camera',
    key: 'v',
    shift: false,
    label: 'V',
    descriptionKey: 'shortcuts.camera',
    action: ({ media }) => ({
      kind: 'command',
      command: { type: 'muteLocalVideo', mute: !media.videoMuted },
      doneKey: media.videoMuted ? 'shortcuts.cameraOn' : 'shortcuts.cameraOff',
    }),
  },
  {
    id: 'end-pk',
    key: 'p',
    shift: false,
    label: 'P',
    descriptionKey: 'shortcuts.endPk',
    action: ({ pk }) =>
      pk.status === 'connecting' || pk.status === 'connected'
        ? { kind: 'command', command: { type: 'disconnectOtherRoom' }, doneKey: 'shortcuts.pkEnding' }
        : { kind: 'unavailable', reasonKey: 'shortcuts.noPk' },
  },
  {
    id: 'exit',
    key: 'x',
    shift: true,
    label: 'Shift + X',
    descriptionKey: 'shortcuts.exit',
    action: (ctx) =>
      inRoom(ctx) || ctx.session.status === 'entering'
        ? { kind: 'local', run: 'leave' }
        : { kind: 'unavailable', reasonKey: 'shortcuts.notInRoom' },
  },
  { id: 'dock', key: 'd', shift: false, label: 'D', descriptionKey: 'shortcuts.dock', action: () => ({ kind: 'local', run: 'dock' }) },
  { id: 'help', key: '?', shift: true, label: '?', descriptionKey: 'shortcuts.help', action: () => ({ kind: 'local', run: 'help' }) },
];

/** The shortcut a key press means, if any; presses with Ctrl, Alt or Meta belong to the browser and the OS. */
export function matchShortcut(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): Shortcut | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  // '?' needs Shift on most layouts but not all: match it by the character alone.
  return SHORTCUTS.find((s) => s.key === key && (s.key === '?' || s.shift === event.shiftKey)) ?? null;
}
