import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

/** The room the console's show runs in, and the console's user (the console form's defaults). */
export const SHOW_ROOM = { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1' } as const;

/** A PK opponent of the rehearsal scenario. */
export interface PkTarget {
  roomId: number;
  userId: string;
}

/** What the show should look like at one moment. */
export interface ShowGoal {
  /** The phase's name, for the report. */
  phase: string;
  role: TRTCRoleType.TRTCRoleAnchor | TRTCRoleType.TRTCRoleAudience;
  camera: boolean;
  mic: boolean;
  pk: PkTarget | null;
}

const ANCHOR = TRTCRoleType.TRTCRoleAnchor;
const AUDIENCE = TRTCRoleType.TRTCRoleAudience;

/**
 * The scripted show, as fractions of the run: on air as anchor; a PK with userB in room 978; off the mic
 * (audience); back on the mic by co-anchoring; a PK with userC in room 1001, which is how the show ends.
 */
export const SHOW_PHASES: readonly { from: number; goal: ShowGoal }[] = [
  { from: 0, goal: { phase: 'on air', role: ANCHOR, camera: true, mic: true, pk: null } },
  { from: 0.2, goal: { phase: 'PK with userB', role: ANCHOR, camera: true, mic: true, pk: { roomId: 978, userId: 'userB' } } },
  { from: 0.45, goal: { phase: 'off mic', role: AUDIENCE, camera: false, mic: false, pk: null } },
  { from: 0.57, goal: { phase: 'co-anchoring', role: ANCHOR, camera: true, mic: true, pk: null } },
  { from: 0.7, goal: { phase: 'PK with userC', role: ANCHOR, camera: true, mic: true, pk: { roomId: 1001, userId: 'userC' } } },
];

/** The goal at `fraction` of the run (0 before it starts, 1 and beyond at its end). */
export function goalAt(fraction: number): ShowGoal {
  let goal = SHOW_PHASES[0].goal;
  for (const phase of SHOW_PHASES) if (fraction >= phase.from) goal = phase.goal;
  return goal;
}

/** The fraction of the run at which the phase holding `fraction` ends (1 for the last). */
export function phaseEnd(fraction: number): number {
  return SHOW_PHASES.find((p) => p.from > fraction)?.from ?? 1;
}
