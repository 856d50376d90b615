import type { RtcEngine } from '../../engine/contract';
import { TRTC_EVENT_NAMES, isMusicObserverEvent, type TRTCEventMap } from '../../engine/contract';
import type { Clock } from '../../time/clock';

/** One callback as a client received it. */
export interface RecordedEvent {
  name: keyof TRTCEventMap;
  args: unknown[];
  /** Clock time of delivery. */
  at: number;
}

/** Events that fire on timers whatever happens; left out of `log()` unless asked for. */
const PERIODIC: ReadonlySet<keyof TRTCEventMap> = new Set(['onNetworkQuality', 'onStatistics', 'onUserVoiceVolume']);

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Records every TRTC callback of a client (music observer's included), with its delivery time, for assertions. */
export class EventRecorder {
  /** Everything received, in order. */
  readonly events: RecordedEvent[] = [];

  constructor(engine: RtcEngine, private readonly clock: Clock) {
    const record = (name: keyof TRTCEventMap) => (...args: unknown[]) => {
      this.events.push({ name, args, at: this.clock.now() });
    };
    for (const name of TRTC_EVENT_NAMES) if (!isMusicObserverEvent(name)) engine.on(name, record(name));
    // Music callbacks come to the music observer, recorded under their engine-contract event names.
    engine.setMusicObserver({ onStart: record('onMusicStart'), onPlayProgress: record('onMusicPlayProgress'), onComplete: record('onMusicComplete') });
  }

  /** The argument lists of every callback with that name. */
  all<K extends keyof TRTCEventMap>(name: K): TRTCEventMap[K][] {
    return this.events.filter((event) => event.name === name).map((event) => event.args as TRTCEventMap[K]);
  }

  /** The arguments of the last callback with that name. */
  last<K extends keyof TRTCEventMap>(name: K): TRTCEventMap[K] | undefined {
    return this.all(name).at(-1);
  }

  /** How many callbacks with that name arrived. */
  count(name: keyof TRTCEventMap): number {
    return this.all(name).length;
  }

  /**
   * Callbacks as short strings, e.g. "onUserVideoAvailable(anchor,1)", for order assertions. With names,
   * only those; without, everything except the periodic reports.
   */
  log(...names: (keyof TRTCEventMap)[]): string[] {
    const wanted = (name: keyof TRTCEventMap) => (names.length ? names.includes(name) : !PERIODIC.has(name));
    return this.events.filter((event) => wanted(event.name)).map((event) => `${event.name}(${event.args.map(show).join(',')})`);
  }

  /** Forgets what was recorded so far. */
  clear(): void {
    this.events.length = 0;
  }
}
