import type { Scenario } from './scenario';

/**
 * The default rehearsal for `npm start`: the guide's rooms. Room 29834 (the
 * console's default) has an anchor on air, 1,200 silent viewers and a fan who
 * comes on the mic and leaves it every minute; room 978 has userB ready for a
 * PK, as in the guide; room 1001 has userC as a second PK opponent. The guest
 * anchor's network drops for 4 s every 90 s, and it shares its slides from 20 s to
 * 40 s of every loop (the console's own share is refused with -102016 meanwhile).
 */
export const REHEARSAL: Scenario = {
  name: 'rehearsal',
  description: 'room 29834 with guest_anchor (shares slides now and then) and fan_01; userB in room 978 and userC in room 1001 ready for PK',
  setup: [
    { at: 0, action: { do: 'enter', user: 'userB', room: 978, role: 'anchor' } },
    { at: 0, action: { do: 'enter', user: 'userC', room: 1001, role: 'anchor' } },
    { at: 0, action: { do: 'enter', user: 'guest_anchor', room: 29834, role: 'anchor' } },
    { at: 0, action: { do: 'enter', user: 'fan_01', room: 29834, role: 'audience' } },
    // Rooms exist once someone is in them, and entering takes a moment.
    { at: 2_000, action: { do: 'audience', room: 29834, count: 1200 } },
  ],
  loop: {
    everyMs: 90_000,
    steps: [
      { at: 15_000, action: { do: 'co-anchor', user: 'fan_01', on: true } },
      { at: 20_000, action: { do: 'share', user: 'guest_anchor', source: 'window-slides' } },
      { at: 40_000, action: { do: 'share', user: 'guest_anchor', source: null } },
      { at: 45_000, action: { do: 'co-anchor', user: 'fan_01', on: false } },
      { at: 60_000, action: { do: 'network-drop', user: 'guest_anchor', ms: 4_000 } },
      { at: 70_000, action: { do: 'mute', user: 'userC', video: true } },
      { at: 80_000, action: { do: 'mute', user: 'userC', video: false } },
    ],
  },
};

/** A still room for end-to-end tests: the guide's anchors, and nothing that moves on its own. */
export const STILL: Scenario = {
  name: 'still',
  description: 'guest_anchor on air in room 29834, userB in room 978; nothing changes by itself',
  setup: [
    { at: 0, action: { do: 'enter', user: 'userB', room: 978, role: 'anchor' } },
    { at: 0, action: { do: 'enter', user: 'guest_anchor', room: 29834, role: 'anchor' } },
  ],
};

/** An empty cloud: only the console's own client. */
export const EMPTY: Scenario = { name: 'empty', description: 'no virtual participants', setup: [] };

const SCENARIOS = [REHEARSAL, STILL, EMPTY];

/** The scenario with this name, if there is one. */
export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}

/** Names of the built-in scenarios, for the usage message. */
export function scenarioNames(): string[] {
  return SCENARIOS.map((s) => s.name);
}
