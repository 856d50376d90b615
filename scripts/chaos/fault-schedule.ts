import { SeededRandom } from '../../electron/sandbox/common/seeded-random';
import { SHOW_PHASES } from './show-script';

/** The Chromium pages and the Node replicas the run keeps open. */
export const PAGES = ['console', 'preview', 'wall'] as const;
/** A Chromium page of the run. */
export type PageName = (typeof PAGES)[number];
/** Node replicas: a second producer's window (control) and a venue display (view). */
export const REPLICAS = ['director', 'venue'] as const;
/** A Node replica of the run. */
export type ReplicaName = (typeof REPLICAS)[number];

/** The guests whose network the sandbox can drop (the PK opponents included). */
export const GUESTS = ['guest_anchor', 'fan_01', 'userB', 'userC'] as const;

/** One fault the run injects. */
export type Fault =
  | { kind: 'engine-crash'; mode: 'exit' | 'throw' | 'hang'; thenTimeoutEnter: boolean }
  | { kind: 'window-reload'; page: PageName }
  | { kind: 'window-kill'; page: PageName }
  | { kind: 'socket-drop'; window: PageName | ReplicaName; how: 'terminate' | 'reset' }
  | { kind: 'network-drop-console'; ms: number }
  | { kind: 'network-drop-guest'; userId: string; ms: number }
  | { kind: 'timeout-enter' }
  | { kind: 'timeout-pk' }
  | { kind: 'misbehaving-tool'; messages: number };

/** A fault and when it happens, in ms from the start of the show. */
export interface PlannedFault {
  at: number;
  fault: Fault;
}

/** The show's first entry times out (5 s) and is retried: spread faults begin once it is on air. */
export const FIRST_FAULT_MS = 7000;

/** Faults are kept this far apart, so each one's recovery can be told from the next one's. */
export const MIN_GAP_MS = 1500;

/**
 * The seeded fault schedule for a run of `seconds`: per started minute, one engine crash (the modes in turn),
 * a reload, a kill, two socket drops, a console and a guest network drop and the misbehaving tool, spread over
 * the fault window at seeded times; an entry timed out before the show's first enter, and a PK timed out just
 * before each PK phase the director will open.
 */
export function faultSchedule(seconds: number, seed: number): PlannedFault[] {
  const random = new SeededRandom(seed);
  const ms = seconds * 1000;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const modes = ['exit', 'hang', 'throw'] as const;
  const startMode = random.int(0, 2);
  const spread: Fault[] = [];
  for (let m = 0; m < minutes; m++) {
    spread.push(
      { kind: 'engine-crash', mode: modes[(startMode + m) % 3], thenTimeoutEnter: random.chance(0.5) },
      { kind: 'window-reload', page: random.pick(PAGES) },
      { kind: 'window-kill', page: random.pick(PAGES) },
      { kind: 'socket-drop', window: random.pick(REPLICAS), how: random.pick(['terminate', 'reset'] as const) },
      { kind: 'socket-drop', window: random.pick(PAGES), how: 'terminate' },
      { kind: 'network-drop-console', ms: random.int(1500, 4000) },
      { kind: 'network-drop-guest', userId: random.pick(GUESTS), ms: random.int(1500, 4000) },
      { kind: 'misbehaving-tool', messages: random.int(40, 80) },
    );
  }
  // Seeded slots from the first entry (timed out: about 6 s) to 92% of the run, at least MIN_GAP_MS apart.
  const first = Math.max(ms * 0.08, FIRST_FAULT_MS);
  const span = ms * 0.92 - first;
  const slot = span / spread.length;
  const planned: PlannedFault[] = shuffle(spread, random).map((fault, i) => ({
    at: Math.round(first + i * slot + random.next() * Math.max(0, slot - MIN_GAP_MS)),
    fault,
  }));
  planned.push({ at: 0, fault: { kind: 'timeout-enter' } });
  for (const phase of SHOW_PHASES) if (phase.goal.pk) planned.push({ at: Math.max(0, Math.round(phase.from * ms) - 500), fault: { kind: 'timeout-pk' } });
  return planned.sort((a, b) => a.at - b.at);
}

function shuffle<T>(items: T[], random: SeededRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
